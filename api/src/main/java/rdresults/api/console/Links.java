package rdresults.api.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import rdresults.model.LoopKey;

/** The console's URLs, built in one place: names may hold {@code /}, spaces or any Unicode, so they are encoded. */
final class Links {

    private Links() {
    }

    /** One path segment, percent-encoded ({@code /} too), so a factor name is always a single segment. */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String factor(String name) {
        return "/ui/factors/" + segment(name);
    }

    static String loop(String taskRunId, long loopId) {
        return "/ui/loops/" + segment(taskRunId) + "/" + loopId;
    }

    static String loop(LoopKey key) {
        return loop(key.taskRunId(), key.loopId());
    }

    static String curves(String taskRunId, long loopId) {
        return "/loops/" + segment(taskRunId) + "/" + loopId + "/curves";
    }

    static String strategy(String id) {
        return "/ui/strategies/" + segment(id);
    }

    static String loopsOfTaskRun(String taskRunId) {
        return "/ui/loops?task_run_id=" + query(taskRunId);
    }
}
