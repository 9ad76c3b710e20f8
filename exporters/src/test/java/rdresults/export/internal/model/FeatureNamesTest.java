package rdresults.export.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import rdresults.model.PythonJson;

class FeatureNamesTest {

    private static JsonNode json(String text) {
        return PythonJson.parse(text, "test");
    }

    @Test
    void filterColColumnsComeFirst() {
        JsonNode dataset = json("""
                {"kwargs": {"handler": {"kwargs": {"infer_processors": [
                  {"class": "RobustZScoreNorm"},
                  {"class": "FilterCol", "kwargs": {"col_list": ["RESI5", "Momentum_10D"]}}]}}}}""");

        assertThat(FeatureNames.of(dataset, json("[\"$close\"]")).orElseThrow())
                .isEqualTo(json("[\"RESI5\", \"Momentum_10D\"]"));
    }

    @Test
    void expressionNamePairGivesTheNames() {
        assertThat(FeatureNames.of(null, json("[[\"$close/$open\", \"$high\"], [\"A\", \"B\"]]")).orElseThrow())
                .isEqualTo(json("[\"A\", \"B\"]"));
    }

    @Test
    void flatListAndMappingSchemas() {
        assertThat(FeatureNames.of(null, json("[\"RESI5\", \"KLEN\"]")).orElseThrow())
                .isEqualTo(json("[\"RESI5\", \"KLEN\"]"));
        assertThat(FeatureNames.of(null, json("{\"label\": [\"L\"], \"fields\": [\"X\"]}")).orElseThrow())
                .isEqualTo(json("[\"X\"]"));
    }

    @Test
    void nothingUsableIsEmpty() {
        assertThat(FeatureNames.of(json("{\"class\": \"DatasetH\"}"), json("[1, 2]"))).isEmpty();
        assertThat(FeatureNames.of(null, null)).isEmpty();
    }
}
