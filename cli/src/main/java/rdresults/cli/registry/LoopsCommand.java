package rdresults.cli.registry;

import rdresults.cli.RdrVersionProvider;
import rdresults.registry.RegistryJson;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import rdresults.cli.TextTable;
import rdresults.model.Loop;
import rdresults.registry.query.LoopQuery;

/** {@code rdr registry loops}. */
@Command(name = "loops", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = "List loops, ordered by task_run_id and loop_id. --updated-* bounds updated_at_utc "
                + "(ended_at_utc on registries without it).")
class LoopsCommand extends RegistryListCommand<Loop> {

    @Option(names = "--action", paramLabel = "ACTION", description = "Only loops of this action (factor, model).")
    String action;

    @Option(names = "--has-result", paramLabel = "true|false", arity = "1",
            description = "Only loops with (true) or without (false) a result.")
    Boolean hasResult;

    @Option(names = "--materialization-status", paramLabel = "STATUS",
            description = "Only loops with this materialization status (running, done, failed).")
    String materializationStatus;

    @Option(names = "--solidified", paramLabel = "true|false", arity = "1",
            description = "Only solidified (true) or not solidified (false) loops.")
    Boolean solidified;

    @Override
    Lister<Loop> lister() {
        LoopQuery query = new LoopQuery(filters.taskRunId(), filters.status(), action, hasResult,
                materializationStatus, solidified, filters.created(), filters.updated());
        return (reader, page) -> reader.listLoops(query, page);
    }

    @Override
    JsonNode toJson(Loop row) {
        return RegistryJson.loop(row);
    }

    @Override
    TextTable<Loop> table() {
        return new TextTable<Loop>()
                .column("TASK_RUN_ID", 32, Loop::taskRunId)
                .column("LOOP", 6, Loop::loopId)
                .column("ACTION", 8, Loop::action)
                .column("STATUS", 10, Loop::status)
                .column("RESULT", 6, l -> yesNo(l.hasResult()))
                .column("SOLIDIFIED", 10, l -> yesNo(l.isSolidified()))
                .column("MATERIALIZATION", 15, Loop::materializationStatus)
                .column("STARTED_AT_UTC", 32, Loop::startedAtUtc);
    }

    private static String yesNo(boolean flag) {
        return flag ? "yes" : "no";
    }
}
