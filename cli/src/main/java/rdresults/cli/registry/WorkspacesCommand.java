package rdresults.cli.registry;

import rdresults.cli.RdrVersionProvider;
import rdresults.registry.RegistryJson;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import rdresults.cli.TextTable;
import rdresults.model.Workspace;
import rdresults.registry.query.WorkspaceQuery;

/** {@code rdr registry workspaces}. */
@Command(name = "workspaces", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = "List workspaces, ordered by workspace_id. Paths are shown as stored.")
class WorkspacesCommand extends RegistryListCommand<Workspace> {

    @Option(names = "--loop-id", paramLabel = "N", description = "Only workspaces of this loop.")
    Long loopId;

    @Option(names = "--workspace-role", paramLabel = "ROLE",
            description = "Only workspaces with this role (experiment_workspace, sub_workspace, other).")
    String workspaceRole;

    @Override
    Lister<Workspace> lister() {
        WorkspaceQuery query = new WorkspaceQuery(filters.taskRunId(), loopId, filters.status(), workspaceRole,
                filters.created(), filters.updated());
        return (reader, page) -> reader.listWorkspaces(query, page);
    }

    @Override
    JsonNode toJson(Workspace row) {
        return RegistryJson.workspace(row);
    }

    @Override
    TextTable<Workspace> table() {
        return new TextTable<Workspace>()
                .column("WORKSPACE_ID", 32, Workspace::workspaceId)
                .column("TASK_RUN_ID", 32, Workspace::taskRunId)
                .column("LOOP", 6, Workspace::loopId)
                .column("ROLE", 20, Workspace::workspaceRole)
                .column("STEP", 12, Workspace::stepName)
                .column("STATUS", 10, Workspace::status)
                .tailColumn("WORKSPACE_PATH", 60, Workspace::workspacePath);
    }
}
