package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.export.internal.factor.BestPerformanceFormat;
import rdresults.export.internal.factor.ExpressionFingerprint;
import rdresults.model.PythonJson;

class FactorCatalogExporterTest {


    @TempDir
    Path tmp;

    private static FactorCatalogOptions withSampleAlphaMeta() {
        return new FactorCatalogOptions(List.of(SampleFixture.EXPECTED.resolve("alpha158_meta.json")));
    }

    private static JsonNode export(Path repoRoot, FactorCatalogOptions options) {
        try (SampleFixture.Opened opened = SampleFixture.open(repoRoot)) {
            return FactorCatalogExporter.export(opened.context(), options);
        }
    }

    private static String key(JsonNode e) {
        return e.path("name").asText() + "|" + e.path("source").asText();
    }

    private static List<JsonNode> entries(JsonNode catalog, String name) {
        List<JsonNode> out = new ArrayList<>();
        catalog.get("factors").forEach(e -> {
            if (e.get("name").textValue().equals(name)) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void copyWithoutDefinitionNeverHidesTheDefinition() {
        JsonNode actual = export(SampleFixture.SAMPLE_ROOT, withSampleAlphaMeta());

        JsonNode close = entries(actual, "Close_Position_20D").get(0);
        assertThat(close.get("expression").textValue())
                .isEqualTo("($close - Min($low, 20))/(Max($high, 20) - Min($low, 20) + 1e-12)");
        assertThat(close.get("description_cn").textValue()).isEqualTo("收盘价在20日高低区间中的相对位置。");
        assertThat(close.get("alternative_definitions")).isEmpty();
    }

    @Test
    void oneEntryPerNameAndSourceSortedByCodePoint() {
        JsonNode actual = export(SampleFixture.SAMPLE_ROOT, withSampleAlphaMeta());

        List<String> keys = new ArrayList<>();
        actual.get("factors").forEach(e -> keys.add(key(e)));
        assertThat(keys).doesNotHaveDuplicates().isSortedAccordingTo(PythonJson::compareCodePoints);
        assertThat(keys).hasSize(43);
    }

    @Test
    void bestEntryCarriesItsMetricsAndFingerprint() {
        JsonNode actual = export(SampleFixture.SAMPLE_ROOT, withSampleAlphaMeta());

        JsonNode upper = entries(actual, "Upper_Shadow_Ratio_10D").get(0);
        assertThat(upper.get("best_performance").textValue()).isEqualTo("Sharpe: 2.65, Ann.Ret: 22.02%");
        JsonNode metrics = upper.get("best_performance_metrics");
        assertThat(metrics.get("sharpe").doubleValue()).isEqualTo(2.6508366259026874);
        assertThat(metrics.get("annual_return").doubleValue()).isEqualTo(0.2202202582779853);
        assertThat(metrics.get("task_run_id").textValue()).isEqualTo("7daba6df420346bba2e5206c2d9dd4b5");
        assertThat(metrics.get("loop_id").longValue()).isEqualTo(4);
        assertThat(upper.get("expression_fingerprint").textValue()).hasSize(32);
        JsonNode noRecord = entries(actual, "Close_Position_10D").get(0);
        assertThat(noRecord.get("best_performance").textValue()).isEqualTo("无回测记录");
        assertThat(noRecord.get("best_performance_metrics").isNull()).isTrue();
    }

    @Test
    void workspacesAloneGiveTheSameWorkspaceEntries() {
        JsonNode actual = export(SampleFixture.SAMPLE_ROOT, FactorCatalogOptions.workspacesOnly());

        assertThat(entries(actual, "RESI5").get(0).get("best_performance").textValue())
                .isEqualTo("Sharpe: 3.94, Ann.Ret: 31.99%");
    }

    @Test
    void missingAlphaMetaIsSkippedWithAWarning() {
        Path missing = tmp.resolve("alpha360_meta.json");
        try (SampleFixture.Opened opened = SampleFixture.open(SampleFixture.SAMPLE_ROOT)) {
            JsonNode actual = FactorCatalogExporter.export(opened.context(),
                    new FactorCatalogOptions(List.of(missing)));

            assertThat(actual.get("factors")).hasSize(43);
            assertThat(opened.warnings().examples()).anyMatch(w -> w.contains(missing.toString()));
        }
    }

    @Test
    void alphaMetaFactorWithoutWorkspaceIsListedWithoutRecord() {
        Path alpha = tmp.resolve("alpha_extra.json");
        SampleFixture.write(alpha, """
                {"version":"v1","factors":[{"name":"KMID","expression":"($close-$open)/$open",
                 "source":"qlib_alpha158","region":"cn","tags":["alpha158"]}]}""");

        JsonNode actual = export(SampleFixture.SAMPLE_ROOT, new FactorCatalogOptions(List.of(alpha)));

        JsonNode kmid = entries(actual, "KMID").get(0);
        assertThat(kmid.get("best_performance").textValue()).isEqualTo("无回测记录");
        assertThat(kmid.get("expression").textValue()).isEqualTo("($close-$open)/$open");
    }

    @Test
    void nullOrTextSharpeDoesNotAbortTheExport() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        Path perf0 = SampleFixture.workspace(root, "8dc9ae336f6b404bae28df66d92a7fc2").resolve("factor_perf.json");
        SampleFixture.write(perf0, SampleFixture.read(perf0).replace("\"sharpe\": 1.0859594910022043", "\"sharpe\": null"));
        Path perf1 = SampleFixture.workspace(root, "b1058521ce15472fb568973a73a8ee2a").resolve("factor_perf.json");
        SampleFixture.write(perf1, SampleFixture.read(perf1).replace("\"sharpe\": 1.3636641508907492", "\"sharpe\": \"abc\""));

        JsonNode actual = SampleFixture.strictRoundTrip(export(root, withSampleAlphaMeta()));

        assertThat(entries(actual, "Momentum_10D").get(0).get("best_performance").textValue())
                .isEqualTo("Sharpe: N/A, Ann.Ret: 7.51%");
        JsonNode volumeRatio = entries(actual, "Volume_Ratio_20D").get(0);
        assertThat(volumeRatio.get("best_performance").textValue()).isEqualTo("Sharpe: N/A, Ann.Ret: 17.05%");
        assertThat(volumeRatio.get("best_performance_metrics").get("sharpe").isNull()).isTrue();
        assertThat(actual.get("factors")).hasSize(43);
    }

    @Test
    void nanMetricsBecomeNullInStrictOutput() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        Path perf = SampleFixture.workspace(root, "8dc9ae336f6b404bae28df66d92a7fc2").resolve("factor_perf.json");
        SampleFixture.write(perf, SampleFixture.read(perf)
                .replace("\"sharpe\": 1.0859594910022043", "\"sharpe\": NaN")
                .replace("\"max_drawdown\": ", "\"max_drawdown\": -Infinity, \"was\": "));

        JsonNode actual = SampleFixture.strictRoundTrip(export(root, withSampleAlphaMeta()));

        JsonNode momentum = entries(actual, "Momentum_10D").get(0);
        assertThat(momentum.get("best_performance").textValue()).isEqualTo("Sharpe: nan, Ann.Ret: 7.51%");
        assertThat(momentum.get("best_performance_metrics").get("sharpe").isNull()).isTrue();
        assertThat(momentum.get("best_performance_metrics").get("max_drawdown").isNull()).isTrue();
    }

    @Test
    void bomPrefixedPerfFileCountsInTheMetricsButNotInThePythonText() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        Path perf = SampleFixture.workspace(root, "8dc9ae336f6b404bae28df66d92a7fc2").resolve("factor_perf.json");
        SampleFixture.write(perf, "\uFEFF" + SampleFixture.read(perf));

        JsonNode momentum = entries(export(root, withSampleAlphaMeta()), "Momentum_10D").get(0);

        // the Python exporter's json.load rejects the BOM, so its text says "no record"; the metrics keep the value
        assertThat(momentum.get("best_performance").textValue()).isEqualTo(BestPerformanceFormat.NO_RECORD);
        assertThat(momentum.get("best_performance_metrics").get("sharpe").doubleValue()).isBetween(1.085, 1.095);
    }

    @Test
    void sameExpressionUnderTwoNamesGivesTwoEntries() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        Path meta = SampleFixture.workspace(root, "8dc9ae336f6b404bae28df66d92a7fc2").resolve("factor_meta.json");
        ObjectNode doc = (ObjectNode) PythonJson.parse(SampleFixture.read(meta), "meta");
        for (JsonNode f : doc.get("factors")) {
            ((ObjectNode) f).put("expression", "Ref($close, 10)/$close - 1");
            ((ObjectNode) f).put("formula_hint", "Ref($close, 10)/$close - 1");
        }
        SampleFixture.write(meta, PythonJson.dumpIndented(doc));

        JsonNode actual = export(root, withSampleAlphaMeta());

        JsonNode momentum = entries(actual, "Momentum_10D").get(0);
        JsonNode spike = entries(actual, "Volume_Spike_10D").get(0);
        assertThat(momentum.get("expression_fingerprint")).isEqualTo(spike.get("expression_fingerprint"));
        assertThat(momentum.get("expression_fingerprint").textValue())
                .isEqualTo(ExpressionFingerprint.of("Ref($close,10)/$close-1").orElseThrow());
        assertThat(actual.get("factors")).hasSize(43);
    }

    @Test
    void corruptFactorMetaIsSkippedWithAWarningAndTheRestExported() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        Path meta = SampleFixture.workspace(root, "8dc9ae336f6b404bae28df66d92a7fc2").resolve("factor_meta.json");
        SampleFixture.write(meta, "{\"factors\": [ {\"name\": ");

        try (SampleFixture.Opened opened = SampleFixture.open(root)) {
            JsonNode actual = FactorCatalogExporter.export(opened.context(), withSampleAlphaMeta());

            assertThat(entries(actual, "Momentum_10D")).isEmpty();
            assertThat(actual.get("factors")).hasSize(40);
            assertThat(opened.warnings().count()).isEqualTo(1);
            assertThat(opened.warnings().examples().get(0)).contains(meta.toString());
        }
    }

    @Test
    void windowsFormWorkspacePathsAreStillExported() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        SampleFixture.sql(root, "UPDATE workspaces SET workspace_path = "
                + "'F:\\Dev\\RD-Agent-main\\git_ignore_folder\\RD-Agent_workspace\\' || workspace_id");

        JsonNode actual = export(root, withSampleAlphaMeta());

        assertThat(actual.get("factors")).hasSize(43);
        assertThat(entries(actual, "Upper_Shadow_Ratio_10D").get(0).get("best_performance").textValue())
                .isEqualTo("Sharpe: 2.65, Ann.Ret: 22.02%");
    }

    @Test
    void outputIsStrictJsonAndIdenticalAcrossRuns() {
        String first = PythonJson.dumpIndented(export(SampleFixture.SAMPLE_ROOT, withSampleAlphaMeta()));
        String second = PythonJson.dumpIndented(export(SampleFixture.SAMPLE_ROOT, withSampleAlphaMeta()));

        assertThat(first).isEqualTo(second);
        assertThat(SampleFixture.strictRoundTrip(PythonJson.parse(first, "catalog"))).isNotNull();
    }
}
