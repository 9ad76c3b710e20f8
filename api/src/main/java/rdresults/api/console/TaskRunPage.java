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
        Map<String, long[]> loopCounts = new HashMap<>();
        data.registry().reader().allLoops(rdresults.registry.query.LoopQuery.ALL).forEach(l -> {
            long[] c = loopCounts.computeIfAbsent(l.taskRunId(), k -> new long[2]);
            c[0]++;
            if (l.hasResult()) {
                c[1]++;
            }
        });
        Map<String, Num> best = new HashMap<>();
        for (LoopRow l : data.tables().loops()) {
            Num s = l.kpis().sharpe();
            if (s.present() && (!best.containsKey(l.taskRunId()) || s.value() > best.get(l.taskRunId()).value())) {
                best.put(l.taskRunId(), s);
            }
        }
        List<TaskRun> runs = data.registry().reader().allTaskRuns(TaskRunQuery.ALL);
        List<TaskRunRow> rows = runs.stream().map(r -> {
            long[] c = loopCounts.getOrDefault(r.taskRunId(), new long[2]);
            return new TaskRunRow(r.taskRunId(), r.status() == null ? "" : r.status(),
                    r.scenario() == null ? "" : r.scenario(), Times.utc(r.createdAtUtc()), Times.utc(r.updatedAtUtc()),
                    c[0], c[1], best.getOrDefault(r.taskRunId(), Num.NONE), Links.loopsOfTaskRun(r.taskRunId()));
        }).sorted((a, b) -> b.created().compareTo(a.created())).toList();
        return HtmlAnswers.ok(headers, Pages.taskRuns(rows));
    }
}
