package rdresults.api.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rdresults.model.TaskRun;
import rdresults.registry.query.TaskRunQuery;

/** Every task run with its loops' count, best sharpe, status and time span. */
@Path("/ui/task_runs")
@Produces(HtmlAnswers.HTML)
public class TaskRunPage {

    private final ConsoleData data;

    public TaskRunPage(ConsoleData data) {
        this.data = data;
    }

    @GET
    public Response taskRuns(@Context HttpHeaders headers) {
        ConsoleTables tables = data.tables();
        Map<String, Num> best = new HashMap<>();
        for (LoopRow l : tables.loops()) {
            Num s = l.kpis().sharpe();
            if (s.present() && (!best.containsKey(l.taskRunId()) || s.value() > best.get(l.taskRunId()).value())) {
                best.put(l.taskRunId(), s);
            }
        }
        List<TaskRun> runs = data.registry().reader().allTaskRuns(TaskRunQuery.ALL);
        List<TaskRunRow> rows = runs.stream().map(r -> {
            ConsoleTables.RunCounts c = tables.runs().getOrDefault(r.taskRunId(), new ConsoleTables.RunCounts(0, 0));
            return new TaskRunRow(r.taskRunId(), r.status() == null ? "" : r.status(),
                    r.scenario() == null ? "" : r.scenario(), Times.utc(r.createdAtUtc()), Times.utc(r.updatedAtUtc()),
                    c.loops(), c.withResult(), best.getOrDefault(r.taskRunId(), Num.NONE),
                    Links.loopsOfTaskRun(r.taskRunId()));
        }).sorted((a, b) -> b.created().compareTo(a.created())).toList();
        return HtmlAnswers.ok(headers, Pages.taskRuns(rows));
    }
}
