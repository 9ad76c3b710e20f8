package rdresults.cli.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import rdresults.cli.TextTable;
import rdresults.model.IsoTimestamps;
import rdresults.model.PythonJson;
import rdresults.sync.report.ResourceOutcome;
import rdresults.sync.report.ResourceReport;
import rdresults.sync.report.SyncReport;

/**
 * The views of one sync run: the per-resource table, the {@code --json} document, the summary line (the last line
 * on stderr) and the one {@code rdr:} line of a failed run. Enum values are printed in lower case
 * ({@code not_modified}, {@code api_unavailable}).
 */
final class SyncReports {

    private SyncReports() {
    }

    /** One row per resource: outcome, requests, row counts and the error of a failed one. */
    static void printTable(PrintWriter out, SyncReport report) {
        new TextTable<ResourceReport>()
                .column("RESOURCE", 24, r -> r.resource().resourceName())
                .column("TABLE", 24, r -> r.resource().table())
                .column("OUTCOME", 12, r -> lower(r.outcome()))
                .column("REQUESTS", 8, ResourceReport::requests)
                .column("INSERTED", 8, ResourceReport::inserted)
                .column("UPDATED", 8, ResourceReport::updated)
                .column("DELETED", 8, ResourceReport::deleted)
                .column("UNCHANGED", 9, ResourceReport::unchanged)
                .column("LIVE_ROWS", 9, ResourceReport::liveRows)
                .column("ERROR", 120, ResourceReport::error)
                .print(out, report.resources());
    }

    static ObjectNode toJson(URI api, String database, SyncReport report) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("api", api.toString());
        n.put("database", database);
        n.put("success", report.isSuccess());
        n.put("started_at", IsoTimestamps.format(report.startedAt()));
        n.put("finished_at", IsoTimestamps.format(report.finishedAt()));
        n.put("elapsed_ms", report.elapsed().toMillis());
        n.put("requests", report.requests());
        n.put("writes", report.writes());
        ArrayNode kinds = n.putArray("failure_kinds");
        report.failureKinds().forEach(k -> kinds.add(lower(k)));
        ArrayNode resources = n.putArray("resources");
        for (ResourceReport r : report.resources()) {
            ObjectNode item = resources.addObject();
            item.put("resource", r.resource().resourceName());
            item.put("table", r.resource().table());
            item.put("outcome", lower(r.outcome()));
            item.put("requests", r.requests());
            item.put("inserted", r.inserted());
            item.put("updated", r.updated());
            item.put("deleted", r.deleted());
            item.put("unchanged", r.unchanged());
            item.put("duplicates", r.duplicates());
            item.put("live_rows", r.liveRows());
            item.put("error", r.error().isEmpty() ? null : r.error());
            item.put("failure_kind", r.outcome().isFailure() ? lower(r.failure()) : null);
        }
        return n;
    }

    /**
     * {@code synced API into DB: 4 changed, 2 not modified; 183 inserted, 0 updated, 0 deleted, 0 unchanged;
     * 8 requests in 1.3 s}, or {@code sync from API into DB failed: ...} with the failed and skipped counts.
     */
    static String summaryLine(URI api, String database, SyncReport report) {
        Map<ResourceOutcome, Integer> outcomes = new EnumMap<>(ResourceOutcome.class);
        int inserted = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
        for (ResourceReport r : report.resources()) {
            outcomes.merge(r.outcome(), 1, Integer::sum);
            inserted += r.inserted();
            updated += r.updated();
            deleted += r.deleted();
            unchanged += r.unchanged();
        }
        StringJoiner counts = new StringJoiner(", ");
        outcomes.forEach((outcome, n) -> counts.add(n + " " + lower(outcome).replace('_', ' ')));
        String head = report.isSuccess() ? "synced " + api + " into " + database
                : "sync from " + api + " into " + database + " failed";
        return head + ": " + counts + "; " + inserted + " inserted, " + updated + " updated, " + deleted
                + " deleted, " + unchanged + " unchanged; " + report.requests()
                + (report.requests() == 1 ? " request" : " requests") + " in "
                + String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0);
    }

    /**
     * The line that tells why a run failed: the first failure's message (resources skipped after it failed for
     * the same reason), with the number of further failed resources; empty when the run succeeded.
     */
    static String failureLine(SyncReport report) {
        List<ResourceReport> failures = report.failures();
        if (failures.isEmpty()) {
            return "";
        }
        List<ResourceReport> failed = failures.stream().filter(r -> r.outcome() == ResourceOutcome.FAILED).toList();
        ResourceReport first = failed.isEmpty() ? failures.get(0) : failed.get(0);
        int others = failed.size() - (failed.isEmpty() ? 0 : 1);
        return "rdr: " + first.error() + (others == 0 ? "" : " (and " + others + " more failed "
                + (others == 1 ? "resource" : "resources") + ")");
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
