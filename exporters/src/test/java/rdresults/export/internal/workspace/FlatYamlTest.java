package rdresults.export.internal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rdresults.model.PythonYaml;

class FlatYamlTest {

    private static final String MLFLOW_META = """
            artifact_uri: file:///mnt/f/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/0a1b/mlruns/1/c3c5/artifacts
            end_time: 1768104490416
            entry_point_name: ''
            experiment_id: '1'
            lifecycle_stage: active
            run_id: c3c537f8e189431488a17b8fbcf16ac1
            run_name: ''
            run_uuid: c3c537f8e189431488a17b8fbcf16ac1
            source_type: 4
            status: 3
            tags: []
            user_id: rdagent
            """;

    @Test
    void mlflowMetaReadsAsThePythonYamlParserReadsIt() {
        assertThat(FlatYaml.mapping(MLFLOW_META)).contains(PythonYaml.loadMapping(MLFLOW_META, "meta.yaml"));
        String noTrailingBreak = "run_id: 123abc\nend_time: 0\nstart_time: 2147483648";
        assertThat(FlatYaml.mapping(noTrailingBreak)).contains(PythonYaml.loadMapping(noTrailingBreak, "m"));
    }

    @Test
    void valuesWithAYamlMeaningAreLeftToTheParser() {
        for (String line : new String[] {"a: yes", "a: Null", "a: 0755", "a: 0b101", "a: 1.5", "a: 2024-01-01",
                "a: x y", "a: x:", "a:", "on: x", "a: 'it''s'", "  a: 1", "# c", "a: 1\r", "a: 1\n\nb: 2"}) {
            assertThat(FlatYaml.mapping(line)).as(line).isEmpty();
        }
        assertThat(FlatYaml.mapping("")).isEmpty();
    }
}
