package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feature-list layouts of real Qlib / RD-Agent configs (fixtures under {@code qlib-configs/}). */
class Alpha158ConfigLayoutsTest {

    @TempDir
    Path tmp;

    private static Path fixture(String name) {
        try {
            return Path.of(Alpha158ConfigLayoutsTest.class.getResource("/qlib-configs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Alpha158Config config) {
        List<String> out = new ArrayList<>();
        config.factors().forEach(f -> out.add(f.name()));
        return out;
    }

    @Test
    void renderedRdAgentConfigIsReadFromTheNestedLoaderList() {
        Alpha158Config config = Alpha158Config.read(fixture("rdagent_combined_factors_rendered.yaml"));

        assertThat(names(config)).containsExactly("RESI5", "WVMA5", "RSQR5");
        assertThat(config.factors().get(2).expression()).isEqualTo("Rsquare($close, 5)");
        assertThat(config.explicit()).isTrue();
        assertThat(config.region()).isEqualTo("cn");
    }

    @Test
    void thePythonLayoutKeepsPriorityOverTheLoaderList() {
        Path yaml = tmp.resolve("both.yaml");
        SampleFixture.write(yaml, """
                data_handler_config:
                  alpha158_config:
                    feature:
                      - ["$close/$open"]
                      - ["PYTHON_LAYOUT"]
                  data_loader:
                    kwargs:
                      dataloader_l:
                        - class: qlib.contrib.data.loader.Alpha158DL
                          kwargs:
                            config:
                              feature:
                                - ["$open/$close"]
                                - ["LOADER_LAYOUT"]
                """);

        assertThat(names(Alpha158Config.read(yaml))).containsExactly("PYTHON_LAYOUT");
    }

    @Test
    void qlibsAlpha158HandlerImpliesTheCanonical158Flagged() {
        Alpha158Config config = Alpha158Config.read(fixture("qlib_workflow_alpha158_handler.yaml"));

        assertThat(config.factors()).isEqualTo(Alpha158Canonical.factors()).hasSize(158);
        assertThat(config.explicit()).isFalse();
        assertThat(config.impliedBy()).isEqualTo("qlib.contrib.data.handler.Alpha158");
        assertThat(config.region()).isEqualTo("us");

        JsonNode doc = Alpha158MetaExporter.export(
                Alpha158MetaOptions.of(fixture("qlib_workflow_alpha158_handler.yaml").toString(), false),
                SampleFixture.FIXED_CLOCK);
        assertThat(doc.get("factors")).hasSize(158);
        assertThat(doc.get("factors").get(0).get("name").textValue()).isEqualTo("KMID");
        assertThat(doc.get("factors").get(0).get("expression").textValue()).isEqualTo("($close-$open)/$open");
        assertThat(doc.get("features_implied").booleanValue()).isTrue();
        assertThat(doc.get("features_implied_by").textValue()).isEqualTo("qlib.contrib.data.handler.Alpha158");
    }

    @Test
    void anAlpha158LoaderWithoutFeatureImpliesItsDefaults() {
        Path yaml = tmp.resolve("loader-default.yaml");
        SampleFixture.write(yaml, """
                data_handler_config:
                  data_loader:
                    class: NestedDataLoader
                    kwargs:
                      dataloader_l:
                        - class: qlib.contrib.data.loader.Alpha158DL
                          kwargs:
                            config:
                              label:
                                - ["Ref($close, -2)/Ref($close, -1) - 1"]
                                - ["LABEL0"]
                """);

        Alpha158Config config = Alpha158Config.read(yaml);
        assertThat(config.factors()).hasSize(158);
        assertThat(config.impliedBy()).isEqualTo("qlib.contrib.data.loader.Alpha158DL");
    }

    @Test
    void anExplicitListIsNotFlagged() {
        JsonNode doc = Alpha158MetaExporter.export(
                Alpha158MetaOptions.of(fixture("rdagent_combined_factors_rendered.yaml").toString(), false),
                SampleFixture.FIXED_CLOCK);

        assertThat(doc.has("features_implied")).isFalse();
        assertThat(doc.has("features_implied_by")).isFalse();
    }

    @Test
    void anUnrenderedTemplateIsNamedAsSuch() {
        Path yaml = fixture("rdagent_combined_factors_template.yaml");

        assertThatThrownBy(() -> Alpha158Config.read(yaml))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("unrendered template " + yaml)
                .hasMessageContaining("line 10")
                .hasMessageContaining("{{ train_start | default(\"2008-01-01\", true) }}")
                .hasMessageNotContaining("no Alpha158 feature list");
    }

    @Test
    void aConfigWithNeitherListNorHandlerStillSaysNoFeatureList() {
        Path yaml = tmp.resolve("none.yaml");
        SampleFixture.write(yaml, "data_handler_config:\n  start_time: 2008-01-01\n");

        assertThatThrownBy(() -> Alpha158Config.read(yaml))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("no Alpha158 feature list in " + yaml)
                .hasMessageContaining("dataloader_l[*].kwargs.config.feature");
    }
}
