package rdresults.cli.registry;

import rdresults.cli.RdrVersionProvider;
import rdresults.registry.RegistryJson;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import rdresults.cli.TextTable;
import rdresults.model.Artifact;
import rdresults.registry.query.ArtifactQuery;

/** {@code rdr registry artifacts}. */
@Command(name = "artifacts", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = "List artifacts with their files, ordered by artifact_id. Empty on registries without an "
                + "artifacts table.")
class ArtifactsCommand extends RegistryListCommand<Artifact> {

    @Option(names = "--loop-id", paramLabel = "N", description = "Only artifacts of this loop.")
    Long loopId;

    @Option(names = "--workspace-id", paramLabel = "ID", description = "Only artifacts of this workspace.")
    String workspaceId;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only artifacts of this artifact_type (e.g. report, model, factor_meta).")
    String type;

    @Override
    Lister<Artifact> lister() {
        ArtifactQuery query = new ArtifactQuery(filters.taskRunId(), loopId, workspaceId, type, filters.status(),
                filters.created(), filters.updated());
        return (reader, page) -> reader.listArtifacts(query, page);
    }

    @Override
    JsonNode toJson(Artifact row) {
        return RegistryJson.artifact(row);
    }

    @Override
    TextTable<Artifact> table() {
        return new TextTable<Artifact>()
                .column("ARTIFACT_ID", 32, Artifact::artifactId)
                .column("TASK_RUN_ID", 32, Artifact::taskRunId)
                .column("LOOP", 6, Artifact::loopId)
                .column("TYPE", 16, Artifact::artifactType)
                .column("NAME", 30, Artifact::name)
                .column("STATUS", 8, Artifact::status)
                .column("PRIMARY", 7, a -> a.primary() ? "yes" : "no")
                .column("FILES", 5, a -> a.files().size());
    }
}
