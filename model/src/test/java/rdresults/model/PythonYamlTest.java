package rdresults.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rdresults.model.testing.Python3;

class PythonYamlTest {

    private static final String PY_DUMP = """
            import sys, json, yaml
            print(json.dumps(yaml.safe_load(sys.stdin.read()), sort_keys=True, ensure_ascii=False, default=str))
            """;

    @Test
    void floatsFollowPyYamlNotYaml12() {
        JsonNode floats = traps().get("floats");
        assertThat(floats.get("no_dot").isTextual()).isTrue();
        assertThat(floats.get("no_dot").asText()).isEqualTo("2e-05");
        assertThat(floats.get("dot_signed").doubleValue()).isEqualTo(1.0e-5);
        assertThat(floats.get("dot_unsigned_exp").isTextual()).isTrue();
        assertThat(floats.get("int_like_float").isDouble()).isTrue();
        assertThat(PythonJson.dumps(floats.get("int_like_float"))).isEqualTo("100000000.0");
    }

    @Test
    void datesBecomePythonStrText() {
        JsonNode dates = traps().get("dates");
        assertThat(dates.get("date").asText()).isEqualTo("2018-08-01");
        assertThat(dates.get("datetime").asText()).isEqualTo("2018-08-01 09:30:00");
        assertThat(dates.get("datetime_t").asText()).isEqualTo("2018-08-01 09:30:00.500000+00:00");
        assertThat(dates.get("datetime_tz").asText()).isEqualTo("2001-12-14 21:59:43.100000-05:00");
    }

    @Test
    void anchorsAliasesAndMergeKeysResolve() {
        JsonNode root = traps();
        assertThat(root.at("/task/dataset/kwargs/handler/kwargs/instruments").asText()).isEqualTo("all");
        assertThat(root.at("/task/dataset/kwargs/handler/kwargs/feature/1/0").asText()).isEqualTo("RESI5");
        assertThat(root.at("/merged/a").intValue()).isEqualTo(1);
        assertThat(root.at("/merged/b").intValue()).isEqualTo(3);
        assertThat(root.at("/task/dataset/kwargs/segments/valid/0").asText()).isEqualTo("2021-01-01");
    }

    @Test
    void wholeDocumentMatchesPyYamlThroughJsonDumps() {
        Python3.assumeImports("yaml", "PyYAML oracle comparison");
        String text = resource("yaml-traps.yaml");
        String expected = Python3.run(PY_DUMP, text).strip();
        assertThat(PythonJson.dumps(PythonYaml.load(text, "yaml-traps.yaml"))).isEqualTo(expected);
    }

    @Test
    void bundledTemplateMatchesPyYaml() throws IOException {
        Python3.assumeImports("yaml", "PyYAML oracle comparison");
        Path template = Path.of("../examples/sample/rdagent/scenarios/qlib/experiment/factor_template/"
                + "conf_combined_factors_dynamic.yaml");
        String text = Files.readString(template, StandardCharsets.UTF_8);
        String expected = Python3.run(PY_DUMP, text).strip();
        assertThat(PythonJson.dumps(PythonYaml.load(text, template.toString()))).isEqualTo(expected);
    }

    @Test
    void reusedLoaderReadsEveryDocumentAsAFreshOneDoes() {
        PythonYaml.Loader loader = PythonYaml.loader();
        String text = resource("yaml-traps.yaml");
        JsonNode first = loader.load(text, "first");
        JsonNode second = loader.load(text, "second");
        assertThat(first).isEqualTo(traps());
        assertThat(second).isEqualTo(traps());
        assertThat(loader.load("yes: 1e-5\nno: 1.0e-5\n'1': 012\n", "keys").toString())
                .isEqualTo("{\"true\":\"1e-5\",\"false\":1.0E-5,\"1\":10}");
    }

    @Test
    void invalidYamlNamesTheInput() {
        assertThatThrownBy(() -> PythonYaml.load("a: [1, 2", "conf/broken.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid YAML in conf/broken.yaml: ");
    }

    @Test
    void nonMappingRootIsRejectedWhereAMappingIsRequired() {
        assertThatThrownBy(() -> PythonYaml.loadMapping("- a\n- b\n", "list.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("YAML root is not a mapping in list.yaml");
    }

    @Test
    void aReusedLoaderGivesTheSameTreesAndRecoversFromABadDocument() {
        String traps = resource("yaml-traps.yaml");
        PythonYaml.Loader loader = PythonYaml.loader();
        assertThat(loader.load(traps, "first")).isEqualTo(traps());
        assertThatThrownBy(() -> loader.load("a: [1, 2\nb: *undefined", "broken"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("invalid YAML in broken");
        assertThat(loader.load(traps, "again")).isEqualTo(traps());
        assertThatThrownBy(() -> loader.loadMapping("- 1\n- 2", "list"))
                .hasMessage("YAML root is not a mapping in list");
    }

    private static JsonNode traps() {
        return PythonYaml.load(resource("yaml-traps.yaml"), "yaml-traps.yaml");
    }

    private static String resource(String name) {
        try (InputStream in = PythonYamlTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
