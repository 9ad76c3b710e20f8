package rdresults.export.factor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.export.SampleFixture;
import rdresults.export.SupersetCheck;
import rdresults.model.PythonJson;

class FactorCatalogExporterTest {

    private static final Pattern SHARPE = Pattern.compile("^Sharpe: (-?[0-9.]+)");

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

    /**
     * The reference repeats a (name, source) key where one name had two expressions (contract §8 item 5); the fixed
     * exporter keeps the best by sharpe, so that is the reference entry to compare with.
     */
    private static ObjectNode referenceWithBestPerKey(JsonNode reference, List<String> dropped) {
        Map<String, JsonNode> best = new LinkedHashMap<>();
        for (JsonNode e : reference.get("factors")) {
            JsonNode kept = best.get(key(e));
            if (kept == null) {
                best.put(key(e), e);
            } else {
                boolean better = sharpeOf(e) > sharpeOf(kept);
                dropped.add(key(e) + " " + (better ? kept : e).get("best_performance").textValue());
                if (better) {
                    best.put(key(e), e);
                }
            }
        }
        ObjectNode out = ((ObjectNode) reference).deepCopy();
        ArrayNode list = out.putArray("factors");
        best.values().forEach(list::add);
        return out;
    }

    private static double sharpeOf(JsonNode e) {
        Matcher m = SHARPE.matcher(e.get("best_performance").textValue());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NEGATIVE_INFINITY;
    }

    @Test
    void supersetOfReferenceEntryByEntry() {
        List<String> dropped = new ArrayList<>();
        JsonNode reference = referenceWithBestPerKey(SampleFixture.expected("factor_catalog.json"), dropped);

        JsonNode actual = SampleFixture.strictRoundTrip(export(SampleFixture.SAMPLE_ROOT, withSampleAlphaMeta()));

        assertThat(SupersetCheck.problems(reference, actual, "factors", FactorCatalogExporterTest::key, List.of()))
                .isEmpty();
        assertThat(dropped).containsExactlyInAnyOrder(
                "Close_Position_20D|rdagent_generated Sharpe: 1.36, Ann.Ret: 17.05%",
                "Upper_Shadow_Ratio_10D|rdagent_generated Sharpe: 1.18, Ann.Ret: 12.90%",
                "Volume_Spike_5D|rdagent_generated Sharpe: 1.18, Ann.Ret: 12.90%",
                "Volume_Weighted_Momentum_60D|rdagent_generated Sharpe: 1.18, Ann.Ret: 12.90%");
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
    void bomPrefixedPerfFileIsRead() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        Path perf = SampleFixture.workspace(root, "8dc9ae336f6b404bae28df66d92a7fc2").resolve("factor_perf.json");
        SampleFixture.write(perf, "\uFEFF" + SampleFixture.read(perf));

        JsonNode actual = export(root, withSampleAlphaMeta());

        assertThat(entries(actual, "Momentum_10D").get(0).get("best_performance").textValue())
                .isEqualTo("Sharpe: 1.09, Ann.Ret: 7.51%");
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
