package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonJson;

class ModelCatalogExporterTest {

    @TempDir
    Path tmp;

    private static JsonNode export(Path repoRoot) {
        try (SampleFixture.Opened opened = SampleFixture.open(repoRoot)) {
            return ModelCatalogExporter.export(opened.context());
        }
    }

    private static List<String> ids(JsonNode catalog) {
        List<String> ids = new ArrayList<>();
        catalog.get("models").forEach(m -> ids.add(m.get("model_id").textValue()));
        return ids;
    }

    private static JsonNode byWorkspace(JsonNode catalog, String workspaceId) {
        for (JsonNode m : catalog.get("models")) {
            if (m.get("workspace_id").textValue().equals(workspaceId)) {
                return m;
            }
        }
        throw new AssertionError("no model entry for workspace " + workspaceId);
    }

    @Test
    void supersetOfReferenceEntryByEntry() {
        JsonNode reference = SampleFixture.expected("model_catalog.json");

        JsonNode actual = SampleFixture.strictRoundTrip(export(SampleFixture.SAMPLE_ROOT));

        assertThat(SupersetCheck.problems(reference, actual, "models", m -> m.path("model_id").asText(), List.of()))
                .isEmpty();
        assertThat(actual.get("models")).hasSize(reference.get("models").size());
    }

    @Test
    void sortedByModelIdWithoutDuplicates() {
        List<String> ids = ids(export(SampleFixture.SAMPLE_ROOT));

        assertThat(ids).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void modelRunIdIsTheMlflowRunFolderAndNullWithoutMlruns() {
        JsonNode actual = export(SampleFixture.SAMPLE_ROOT);

        assertThat(byWorkspace(actual, "d6c6690d1cf6432195cd7b1e7615eb5f").get("model_run_id").textValue())
                .isEqualTo("6e3749e413a74d1f9c4d75635eb6620e");
        assertThat(byWorkspace(actual, "58b70e8668ad4960a03dfdbf0792f39d").get("model_run_id").isNull()).isTrue();
    }

    @Test
    void featureNamesComeFromFilterColColumns() {
        JsonNode actual = export(SampleFixture.SAMPLE_ROOT);

        JsonNode names = byWorkspace(actual, "8dc9ae336f6b404bae28df66d92a7fc2").get("feature_names");
        assertThat(names).hasSize(23);
        assertThat(names.get(0).textValue()).isEqualTo("RESI5");
        assertThat(names.get(22).textValue()).isEqualTo("Return_Skewness_20D");
    }

    @Test
    void duplicateReportArtifactStillGivesOneEntry() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        SampleFixture.sql(root, """
                INSERT INTO artifacts (artifact_id, task_run_id, loop_id, workspace_id, artifact_type, name, version,
                  status, primary_flag, summary_json, entry_path, model_type, model_conf_json, dataset_conf_json,
                  feature_schema_json, created_at_utc, updated_at_utc)
                SELECT artifact_id || 'dup', task_run_id, loop_id, workspace_id, artifact_type, name, version, status,
                  primary_flag, summary_json, entry_path, model_type, model_conf_json, dataset_conf_json,
                  feature_schema_json, created_at_utc, updated_at_utc
                FROM artifacts WHERE artifact_type = 'report'
                """);

        JsonNode actual = export(root);

        assertThat(ids(actual)).isEqualTo(ids(export(SampleFixture.SAMPLE_ROOT)));
    }

    @Test
    void windowsFormWorkspacePathsAreStillExported() {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        SampleFixture.sql(root, "UPDATE workspaces SET workspace_path = "
                + "'F:\\Dev\\RD-Agent-main\\git_ignore_folder\\RD-Agent_workspace\\' || workspace_id");

        JsonNode actual = export(root);

        assertThat(actual.get("models")).hasSize(21);
        assertThat(byWorkspace(actual, "8dc9ae336f6b404bae28df66d92a7fc2").get("workspace_path").textValue())
                .isEqualTo("F:\\Dev\\RD-Agent-main\\git_ignore_folder\\RD-Agent_workspace\\"
                        + "8dc9ae336f6b404bae28df66d92a7fc2");
    }

    @Test
    void paramsPickleIsNeverOpened() throws Exception {
        Path root = SampleFixture.copySample(tmp.resolve("repo"));
        List<Path> pickles;
        try (Stream<Path> walk = Files.walk(root.resolve(SampleFixture.WORKSPACES_REL))) {
            pickles = walk.filter(p -> p.getFileName().toString().equals("params.pkl")).toList();
        }
        for (Path p : pickles) {
            Files.delete(p);
            Files.createDirectory(p); // reading it as a file would fail loudly
        }

        JsonNode actual = export(root);

        assertThat(ids(actual)).isEqualTo(ids(export(SampleFixture.SAMPLE_ROOT)));
    }

    @Test
    void outputIsStrictJsonAndIdenticalAcrossRuns() {
        String first = PythonJson.dumpIndented(export(SampleFixture.SAMPLE_ROOT));
        String second = PythonJson.dumpIndented(export(SampleFixture.SAMPLE_ROOT));

        assertThat(first).isEqualTo(second);
        assertThat(SampleFixture.strictRoundTrip(PythonJson.parse(first, "catalog"))).isNotNull();
    }
}
