package rdresults.export.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.export.ExportWarnings;
import rdresults.export.SampleFixture;
import rdresults.export.WorkspaceReader;
import rdresults.model.Artifact;

class ModelFieldResolverTest {

    @TempDir
    Path ws;

    private ModelFields resolve(Artifact report) {
        return ModelFieldResolver.resolve(new WorkspaceReader(new ExportWarnings()).folder(ws), report);
    }

    private static Artifact report(String modelType, String modelConf, String datasetConf) {
        return new Artifact("a", "t", 0L, "w", "report", "qlib_report", "v1", "present", true, null, ".",
                modelType, modelConf, datasetConf, null, null, null, List.of());
    }

    @Test
    void modelPyClassLineGivesTheType() {
        assertThat(ModelFieldResolver.typeFromModelPy("import torch\n\nclass GRUModel(nn.Module):\n    pass\n"))
                .map(JsonNode::textValue).contains("GRUModel");
        assertThat(ModelFieldResolver.typeFromModelPy("\uFEFFclass Net(Model):\r\n")).map(JsonNode::textValue)
                .contains("Net");
        assertThat(ModelFieldResolver.typeFromModelPy("x = 1\nmodel_cls = TCNModel\n")).map(JsonNode::textValue)
                .contains("TCNModel");
        assertThat(ModelFieldResolver.typeFromModelPy("class Helper(object):\n")).isEmpty();
    }

    @Test
    void modelPyHidesModelMetaButYamlFillsConfigs() {
        SampleFixture.write(ws.resolve("model.py"), "class TCNModel(Model):\n");
        SampleFixture.write(ws.resolve("model_meta.json"), "{\"model_type\": \"Other\", \"model_conf\": {\"a\": 1}}");
        SampleFixture.write(ws.resolve("conf.yaml"), """
                task:
                  model: {class: LGBModel, kwargs: {learning_rate: 1e-5}}
                  dataset: {class: DatasetH}
                """);

        ModelFields fields = resolve(null);

        assertThat(fields.modelType().textValue()).isEqualTo("TCNModel");
        assertThat(fields.modelConfig().get("class").textValue()).isEqualTo("LGBModel");
        assertThat(fields.modelConfig().get("kwargs").get("learning_rate").textValue()).isEqualTo("1e-5");
        assertThat(fields.datasetConfig().get("class").textValue()).isEqualTo("DatasetH");
        assertThat(fields.featureSchema()).isNull();
    }

    @Test
    void modelMetaThenRegistryThenYaml() {
        SampleFixture.write(ws.resolve("model_meta.json"), "{\"model_type\": \"GRUModel\", \"model_conf\": null}");
        SampleFixture.write(ws.resolve("conf.yaml"), "task:\n  model: {class: LGBModel}\n  dataset: {class: Y}\n");

        ModelFields fields = resolve(report("Ignored", "{\"class\": \"FromRegistry\"}", "not json"));

        assertThat(fields.modelType().textValue()).isEqualTo("GRUModel");
        assertThat(fields.modelConfig().get("class").textValue()).isEqualTo("FromRegistry");
        assertThat(fields.datasetConfig().get("class").textValue()).isEqualTo("Y");
    }

    @Test
    void yamlUnderScenarioAndNestedFeatureSchema() {
        SampleFixture.write(ws.resolve("conf.yaml"), """
                scenario:
                  task:
                    model: {class: LGBModel}
                    dataset:
                      class: DatasetH
                      kwargs: {handler: {kwargs: {data_handler_config: {feature: [A, B]}}}}
                """);

        ModelFields fields = resolve(null);

        assertThat(fields.modelType().textValue()).isEqualTo("LGBModel");
        assertThat(fields.featureSchema()).hasSize(2);
    }
}
