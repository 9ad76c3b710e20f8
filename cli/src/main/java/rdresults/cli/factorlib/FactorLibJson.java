package rdresults.cli.factorlib;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import rdresults.factorlib.Bundle;
import rdresults.factorlib.Origin;
import rdresults.factorlib.PackageVersion;
import rdresults.factorlib.PublishResult;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.VerifyReport;
import rdresults.model.LoopKey;
import rdresults.model.PythonJson;

/**
 * The {@code --json} views of the factor-lib commands: snake_case keys, versions as strings, enum values in lower
 * case ({@code added}, {@code not_accepted}, {@code generated_mismatch}).
 */
final class FactorLibJson {

    private FactorLibJson() {
    }

    static ObjectNode publish(Path root, PublishResult r) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("root", root.toString());
        n.put("version_before", r.before().toString());
        n.put("version_after", r.after().toString());
        n.put("changed", r.changed());
        ArrayNode written = n.putArray("written");
        for (PublishResult.Written w : r.written()) {
            ObjectNode item = written.addObject();
            item.put("factor_name", w.factorName());
            item.put("func", w.func());
            item.put("change", lower(w.change()));
            item.put("sha256", w.sha256());
            item.set("origin", origin(w.origin()));
        }
        ArrayNode unchanged = n.putArray("unchanged");
        for (PublishResult.Unchanged u : r.unchanged()) {
            ObjectNode item = unchanged.addObject();
            item.put("factor_name", u.factorName());
            item.put("func", u.func());
            item.put("version", u.version().toString());
            loop(item, u.loop());
        }
        ArrayNode loops = n.putArray("skipped_loops");
        for (PublishResult.SkippedLoop s : r.skippedLoops()) {
            ObjectNode item = loops.addObject();
            loop(item, s.loop());
            item.put("reason", lower(s.reason()));
            item.put("detail", s.detail());
        }
        ArrayNode factors = n.putArray("skipped_factors");
        for (PublishResult.SkippedFactor s : r.skippedFactors()) {
            ObjectNode item = factors.addObject();
            loop(item, s.loop());
            item.put("factor_name", s.factorName());
            item.put("reason", lower(s.reason()));
            item.put("detail", s.detail());
        }
        paths(n.putArray("updated_meta_files"), r.updatedMetaFiles());
        return n;
    }

    static ObjectNode versions(Path root, SemVer current, List<PackageVersion> versions) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("root", root.toString());
        n.put("current_version", current.toString());
        ArrayNode items = n.putArray("versions");
        for (PackageVersion v : versions) {
            ObjectNode item = items.addObject();
            item.put("version", v.version().toString());
            item.put("created_at_utc", v.createdAtUtc());
            item.put("functions", v.functions());
            item.put("sha256", v.archiveSha256());
            item.put("size_bytes", v.archiveBytes());
        }
        return n;
    }

    static ObjectNode bundle(Bundle b, Path output) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("version", b.version().toString());
        n.put("file_name", b.fileName());
        n.put("sha256", b.sha256());
        n.put("size_bytes", b.size());
        n.put("output", output.toString());
        return n;
    }

    static ObjectNode verify(VerifyReport r, List<Path> catalogs) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("root", r.root().toString());
        n.put("version", r.findVersion().map(SemVer::toString).orElse(null));
        n.put("ok", r.ok());
        paths(n.putArray("catalogs"), catalogs);
        ArrayNode problems = n.putArray("problems");
        n.put("legacy_pointers", r.legacyPointers());
        for (VerifyReport.Problem p : r.problems()) {
            ObjectNode item = problems.addObject();
            item.put("kind", lower(p.kind()));
            item.put("path", p.path() == null ? null : p.path().toString());
            item.put("message", p.message());
        }
        ArrayNode warnings = n.putArray("warnings");
        for (VerifyReport.RiskWarning w : r.warnings()) {
            ObjectNode item = warnings.addObject();
            item.put("func", w.func());
            item.put("factor_name", w.factorName());
            item.put("line", w.line());
            item.put("category", lower(w.category()));
            item.put("call", w.call());
            item.put("text", w.text());
        }
        return n;
    }

    private static ObjectNode origin(Origin o) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("task_run_id", o.taskRunId());
        n.put("loop_id", o.loopId());
        n.put("workspace_id", o.workspaceId());
        n.put("file", o.file());
        return n;
    }

    private static void loop(ObjectNode target, LoopKey loop) {
        target.put("task_run_id", loop.taskRunId());
        target.put("loop_id", loop.loopId());
    }

    private static void paths(ArrayNode target, List<Path> paths) {
        paths.forEach(p -> target.add(p.toString()));
    }

    /** An enum value as both views show it: {@code NO_FACTOR_META} as {@code no_factor_meta}. */
    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
