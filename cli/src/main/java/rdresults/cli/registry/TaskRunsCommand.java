package rdresults.cli.registry;

import rdresults.cli.RdrVersionProvider;
import rdresults.registry.RegistryJson;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import rdresults.cli.TextTable;
import rdresults.model.TaskRun;
import rdresults.registry.query.TaskRunQuery;

/** {@code rdr registry task-runs}. */
@Command(name = "task-runs", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = "List task runs (one per RD-Agent CLI run), ordered by task_run_id.")
class TaskRunsCommand extends RegistryListCommand<TaskRun> {

    @Override
    Lister<TaskRun> lister() {
        TaskRunQuery query = new TaskRunQuery(filters.taskRunId(), filters.status(), filters.created(),
                filters.updated());
        return (reader, page) -> reader.listTaskRuns(query, page);
    }

    @Override
    JsonNode toJson(TaskRun row) {
        return RegistryJson.taskRun(row);
    }

    @Override
    TextTable<TaskRun> table() {
        return new TextTable<TaskRun>()
                .column("TASK_RUN_ID", 32, TaskRun::taskRunId)
                .column("SCENARIO", 24, TaskRun::scenario)
                .column("STATUS", 12, TaskRun::status)
                .column("CREATED_AT_UTC", 32, TaskRun::createdAtUtc)
                .column("UPDATED_AT_UTC", 32, TaskRun::updatedAtUtc)
                .column("RDAGENT_VERSION", 16, TaskRun::rdagentVersion);
    }
}
