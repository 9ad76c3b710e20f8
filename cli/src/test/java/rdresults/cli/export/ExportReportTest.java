package rdresults.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rdresults.export.ExportSummary;
import rdresults.export.ExportWarnings;

class ExportReportTest {

    private static final Path FILE = Path.of("/data/aistock/factor_catalog.json");

    @Test
    void catalogLineCountsEntriesAndWarnings() {
        assertThat(ExportReport.ofCatalog(FILE, 43, new ExportWarnings()).line())
                .isEqualTo("exported 43 entries to /data/aistock/factor_catalog.json; 0 warnings");
    }

    @Test
    void catalogLineUsesTheSingularForOne() {
        ExportWarnings warnings = new ExportWarnings();
        warnings.warn("skipped --alpha-meta /x.json: file not found");
        assertThat(ExportReport.ofCatalog(FILE, 1, warnings).line())
                .isEqualTo("exported 1 entry to /data/aistock/factor_catalog.json; 1 warning");
    }

    @Test
    void catalogJsonNamesTheFileAndItsFolder() {
        JsonNode json = ExportReport.ofCatalog(FILE, 43, new ExportWarnings()).toJson();
        assertThat(json.toString()).isEqualTo("{\"files\":{\"factor_catalog.json\":43},\"warnings\":0,"
                + "\"warning_examples\":[],\"out_dir\":\"/data/aistock\"}");
    }

    @Test
    void allReportKeepsTheSummaryLineAndFileOrder() {
        Map<String, Integer> files = new LinkedHashMap<>();
        files.put("factor_catalog.json", 43);
        files.put("strategy_catalog.json", 21);
        ExportSummary summary = new ExportSummary(Path.of("/data/aistock"), files, 2, List.of("a", "b"),
                Duration.ofMillis(1500));
        ExportReport report = ExportReport.of(summary);
        assertThat(report.line()).isEqualTo(summary.line());
        assertThat(report.toJson().get("files").fieldNames()).toIterable()
                .containsExactly("factor_catalog.json", "strategy_catalog.json");
        assertThat(report.toJson().get("warnings").asInt()).isEqualTo(2);
    }

    @Test
    void progressPrintsOneLinePerStartAndEnd() {
        StringWriter text = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(text));
        progress.step("loop_catalog.json", -1);
        progress.step("loop_catalog.json", 12);
        progress.step("model_catalog.json", 1);
        assertThat(text.toString().lines()).containsExactly("exporting loop_catalog.json ...",
                "exported loop_catalog.json: 12 entries", "exported model_catalog.json: 1 entry");
    }
}
