package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonJson;

class Alpha158MetaExporterTest {

    @TempDir
    Path tmp;

    private static Alpha158MetaOptions sampleOptions(boolean full) {
        return new Alpha158MetaOptions(SampleFixture.SAMPLE_ROOT.resolve(SampleFixture.ALPHA_YAML_REL),
                SampleFixture.ALPHA_YAML_REL, full);
    }

    @Test
    void sameFactorsInSameOrderAndConfigPathAsReference() {
        JsonNode expected = SampleFixture.expected("alpha158_meta.json");

        JsonNode actual = Alpha158MetaExporter.export(sampleOptions(false), SampleFixture.FIXED_CLOCK);

        assertThat(actual.get("factors")).isEqualTo(expected.get("factors"));
        assertThat(actual.get("config_path")).isEqualTo(expected.get("config_path"));
        assertThat(actual.get("source")).isEqualTo(expected.get("source"));
        assertThat(actual.get("version")).isEqualTo(expected.get("version"));
        assertThat(actual.get("generated_at_utc").textValue()).isEqualTo("2026-01-02T03:04:05.123456+00:00");
    }

    @Test
    void fullModeEmitsTheCanonical158UniqueNamesMarkingTheConfigSubset() {
        JsonNode actual = Alpha158MetaExporter.export(sampleOptions(true), SampleFixture.FIXED_CLOCK);

        List<String> names = new ArrayList<>();
        actual.get("factors").forEach(f -> names.add(f.get("name").textValue()));
        JsonNode resource = PythonJson.parse(SampleFixture.read(
                Path.of("src/main/resources/rdresults/export/alpha158_full.json")), "resource");
        List<String> resourceNames = new ArrayList<>();
        resource.get("factors").forEach(f -> resourceNames.add(f.get("name").textValue()));
        assertThat(names).hasSize(158).doesNotHaveDuplicates().isEqualTo(resourceNames);
        assertThat(new HashSet<>(names)).hasSize(158);
        long inConfig = 0;
        for (JsonNode f : actual.get("factors")) {
            assertThat(f.get("source").textValue()).isEqualTo("qlib_alpha158");
            assertThat(f.get("region").textValue()).isEqualTo("cn");
            inConfig += f.get("in_config").booleanValue() ? 1 : 0;
        }
        assertThat(inConfig).isEqualTo(20);
        assertThat(actual.get("full").booleanValue()).isTrue();
        assertThat(actual.get("not_in_canonical")).isEmpty();
        assertThat(actual.get("config_path").textValue()).isEqualTo(SampleFixture.ALPHA_YAML_REL);
    }

    @Test
    void fullModeWithoutYamlOmitsInConfig() {
        JsonNode actual = Alpha158MetaExporter.export(Alpha158MetaOptions.of(null, true), SampleFixture.FIXED_CLOCK);

        assertThat(actual.get("factors")).hasSize(158);
        assertThat(actual.get("factors").get(0).has("in_config")).isFalse();
        assertThat(actual.get("config_path").isNull()).isTrue();
    }

    @Test
    void missingYamlNamesThePath() {
        Path missing = tmp.resolve("nowhere.yaml");

        assertThatThrownBy(() -> Alpha158MetaExporter.export(Alpha158MetaOptions.of(missing.toString(), false),
                SampleFixture.FIXED_CLOCK))
                .isInstanceOf(ExportException.class)
                .hasMessage("YAML config not found: " + missing);
    }

    @Test
    void lengthMismatchNamesThePathAndBothLengths() {
        Path yaml = tmp.resolve("short.yaml");
        SampleFixture.write(yaml, """
                data_handler_config:
                  alpha158_config:
                    feature:
                      - ["$close", "$open"]
                      - ["CLOSE0"]
                """);

        assertThatThrownBy(() -> Alpha158MetaExporter.export(Alpha158MetaOptions.of(yaml.toString(), false),
                SampleFixture.FIXED_CLOCK))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(yaml.toString())
                .hasMessageContaining("2 expressions, 1 names");
    }

    @Test
    void missingFeatureListNamesThePath() {
        Path yaml = tmp.resolve("nofeatures.yaml");
        SampleFixture.write(yaml, "qlib_init:\n  region: us\ndata_handler_config:\n  start_time: 2018-08-01\n");

        assertThatThrownBy(() -> Alpha158MetaExporter.export(Alpha158MetaOptions.of(yaml.toString(), false),
                SampleFixture.FIXED_CLOCK))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("no Alpha158 feature list in " + yaml);
    }

    @Test
    void nonMappingRootNamesThePath() {
        Path yaml = tmp.resolve("list.yaml");
        SampleFixture.write(yaml, "- a\n- b\n");

        assertThatThrownBy(() -> Alpha158MetaExporter.export(Alpha158MetaOptions.of(yaml.toString(), false),
                SampleFixture.FIXED_CLOCK))
                .isInstanceOf(ExportException.class)
                .hasMessage("YAML root must be a mapping: " + yaml);
    }

    @Test
    void nullQlibInitDefaultsRegionToCnAndDirectPathIsRead() {
        Path yaml = tmp.resolve("direct.yaml");
        SampleFixture.write(yaml, """
                qlib_init:
                data_handler_config:
                  alpha158_config:
                    feature:
                      - ["$close/$open", "$high"]
                      - ["A", "B"]
                """);

        JsonNode actual = Alpha158MetaExporter.export(Alpha158MetaOptions.of(yaml.toString(), false),
                SampleFixture.FIXED_CLOCK);

        assertThat(actual.get("factors")).hasSize(2);
        assertThat(actual.get("factors").get(0).get("region").textValue()).isEqualTo("cn");
        assertThat(actual.get("factors").get(1).get("expression").textValue()).isEqualTo("$high");
    }

    @Test
    void regionComesFromQlibInit() {
        Path yaml = tmp.resolve("us.yaml");
        SampleFixture.write(yaml, """
                qlib_init: {region: us}
                data_handler_config:
                  data_loader:
                    kwargs:
                      alpha158_config:
                        feature: [["$close"], ["CLOSE0"]]
                """);

        JsonNode actual = Alpha158MetaExporter.export(Alpha158MetaOptions.of(yaml.toString(), false),
                SampleFixture.FIXED_CLOCK);

        assertThat(actual.get("factors").get(0).get("region").textValue()).isEqualTo("us");
    }

    @Test
    void outputIsStrictJsonAndIdenticalAcrossRuns() {
        String first = PythonJson.dumpIndented(Alpha158MetaExporter.export(sampleOptions(false),
                SampleFixture.FIXED_CLOCK));
        String second = PythonJson.dumpIndented(Alpha158MetaExporter.export(sampleOptions(false),
                SampleFixture.FIXED_CLOCK));

        assertThat(first).isEqualTo(second);
        assertThat(SampleFixture.strictRoundTrip(PythonJson.parse(first, "alpha"))).isNotNull();
    }
}
