package rdresults.cli.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import rdresults.cli.TextTable;
import rdresults.model.IsoTimestamps;
import rdresults.model.PythonJson;
import rdresults.sync.status.ResourceStatus;
import rdresults.sync.status.StatusReport;
import rdresults.sync.status.VersionAlignment;

/** The views of {@code rdr sync status}: header lines, a table per resource and the version alignment line. */
final class StatusReports {

    private StatusReports() {
    }

    static void print(PrintWriter out, StatusReport report) {
        out.println("database        " + report.database());
        out.println("schema version  " + report.schemaVersion());
        out.println();
        new TextTable<ResourceStatus>()
                .column("RESOURCE", 24, s -> s.resource().resourceName())
                .column("TABLE", 24, s -> s.resource().table())
                .column("LAST_OUTCOME", 12, s -> s.lastOutcome().orElse("never"))
                .column("LAST_SUCCESS_AT", 32, s -> time(s.lastSuccessAt()))
                .column("LAST_CHANGE_AT", 32, s -> time(s.lastChangeAt()))
                .column("ENTRIES", 8, ResourceStatus::liveEntries)
                .column("TABLE_ROWS", 10, ResourceStatus::tableLiveRows)
                .column("INSERTED", 8, ResourceStatus::inserted)
                .column("UPDATED", 8, ResourceStatus::updated)
                .column("DELETED", 8, ResourceStatus::deleted)
                .column("FAILURES", 8, ResourceStatus::consecutiveFailures)
                .column("LAST_ERROR", 120, s -> s.lastError().orElse(null))
                .print(out, report.resources());
        out.println();
        out.println("factor library  " + report.alignment().describe());
        out.flush();
    }

    static ObjectNode toJson(StatusReport report) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("database", report.database());
        n.put("schema_version", report.schemaVersion());
        n.put("healthy", report.isHealthy());
        ArrayNode resources = n.putArray("resources");
        for (ResourceStatus s : report.resources()) {
            ObjectNode item = resources.addObject();
            item.put("resource", s.resource().resourceName());
            item.put("table", s.resource().table());
            item.put("last_outcome", s.lastOutcome().orElse(null));
            item.put("last_attempt_at", time(s.lastAttemptAt()));
            item.put("last_success_at", time(s.lastSuccessAt()));
            item.put("last_change_at", time(s.lastChangeAt()));
            item.put("etag", s.etag().orElse(null));
            item.put("live_entries", s.liveEntries());
            item.put("table_live_rows", s.tableLiveRows());
            item.put("table_deleted_rows", s.tableDeletedRows());
            item.put("requests", s.requests());
            item.put("inserted", s.inserted());
            item.put("updated", s.updated());
            item.put("deleted", s.deleted());
            item.put("duplicates", s.duplicates());
            item.put("consecutive_failures", s.consecutiveFailures());
            item.put("last_error", s.lastError().orElse(null));
            item.put("last_error_at", time(s.lastErrorAt()));
        }
        VersionAlignment a = report.alignment();
        ObjectNode alignment = n.putObject("version_alignment");
        alignment.put("state", SyncReports.lower(a.state()));
        alignment.put("installed_version", a.installedVersion().orElse(null));
        alignment.put("synced_version", a.syncedVersion().orElse(null));
        ObjectNode perVersion = alignment.putObject("factors_per_impl_version");
        a.factorsPerImplVersion().forEach(perVersion::put);
        alignment.put("detail", a.describe());
        return n;
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(IsoTimestamps::format).orElse(null);
    }
}
