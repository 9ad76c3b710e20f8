package rdresults.cli.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import rdresults.cli.OutputOptions;
import rdresults.export.ExportSummary;
import rdresults.export.ExportWarnings;
import rdresults.model.PythonJson;

/**
 * What an export command wrote, as it reports it: the summary {@code line} (the last line on stderr) and, for
 * {@code --json}, {@code {"files": {name: entries}, "warnings": n, "warning_examples": [...], "out_dir": ...}}.
 */
record ExportReport(Path outDir, Map<String, Integer> entriesPerFile, long warnings, List<String> warningExamples,
                    String line) {

    ExportReport {
        entriesPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(entriesPerFile));
        warningExamples = List.copyOf(warningExamples);
    }

    /** The report of {@code export all}: its summary, line included. */
    static ExportReport of(ExportSummary summary) {
        return new ExportReport(summary.outDir(), summary.entriesPerFile(), summary.warnings(),
                summary.warningExamples(), summary.line());
    }

    /** The report of one catalog: {@code exported N entries to FILE; W warnings}. */
    static ExportReport ofCatalog(Path file, int entries, ExportWarnings warnings) {
        long count = warnings.count();
        String line = "exported " + entries + (entries == 1 ? " entry" : " entries") + " to " + file + "; "
                + count + (count == 1 ? " warning" : " warnings");
        return new ExportReport(file.getParent(), Map.of(file.getFileName().toString(), entries), count,
                warnings.examples(), line);
    }

    ObjectNode toJson() {
        ObjectNode n = PythonJson.nodes().objectNode();
        ObjectNode files = n.putObject("files");
        entriesPerFile.forEach(files::put);
        n.put("warnings", warnings);
        ArrayNode examples = n.putArray("warning_examples");
        warningExamples.forEach(examples::add);
        n.put("out_dir", outDir.toString());
        return n;
    }

    /** Prints the JSON on stdout when {@code --json} is given, then the summary line as the last line on stderr. */
    void print(CommandSpec spec, OutputOptions output) {
        if (output.isJson()) {
            output.printJson(spec.commandLine().getOut(), toJson());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }
}
