package rdresults.factorlib.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rdresults.factorlib.CorruptPackageException;
import rdresults.factorlib.InvalidVersionException;
import rdresults.factorlib.Origin;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.manifest.Alpha158Function;
import rdresults.factorlib.manifest.HistoryEntry;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.manifest.PublishedFunction;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/** Reads and writes {@code manifest.json}; the written form is stable (fixed key order, indent 2, final newline). */
public final class ManifestJson {

    public static final String MODULE = "rd_factors_lib.generated";
    /** The module of the Alpha158 functions. */
    public static final String ALPHA158_MODULE = "rd_factors_lib.alpha158";

    private ManifestJson() {
    }

    static String write(PackageManifest m) {
        JsonNodeFactory f = PythonJson.nodes();
        ObjectNode root = f.objectNode();
        root.put("format", m.alpha158().isEmpty() ? PackageManifest.FORMAT : PackageManifest.FORMAT_WITH_ALPHA158);
        root.put("package", "rd_factors_lib");
        root.put("module", MODULE);
        root.put("version", m.version().toString());
        root.put("created_at_utc", m.createdAtUtc());
        ArrayNode functions = root.putArray("functions");
        for (PublishedFunction fn : m.functions()) {
            ObjectNode o = functions.addObject();
            o.put("func", fn.func());
            o.put("factor_name", fn.factorName());
            o.put("entry", fn.entry());
            o.put("sha256", fn.sha256());
            o.put("version", fn.version().toString());
            o.put("published_at_utc", fn.publishedAtUtc());
            o.set("origin", origin(f, fn.origin()));
            o.put("description", fn.description());
            o.put("formula", fn.formula());
            ArrayNode history = o.putArray("history");
            for (HistoryEntry h : fn.history()) {
                ObjectNode ho = history.addObject();
                ho.put("version", h.version().toString());
                ho.put("sha256", h.sha256());
                ho.set("origin", origin(f, h.origin()));
                if (h.kind() == HistoryEntry.Kind.ALTERNATIVE) {
                    ho.put("kind", "alternative");
                }
            }
            o.put("source", fn.source());
        }
        if (!m.alpha158().isEmpty()) {
            ArrayNode alpha = root.putArray("alpha158");
            for (Alpha158Function fn : m.alpha158()) {
                ObjectNode o = alpha.addObject();
                o.put("func", fn.func());
                o.put("name", fn.name());
                o.put("expression", fn.expression());
                o.put("sha256", fn.sha256());
                o.put("version", fn.version().toString());
            }
        }
        return PythonJson.dumpIndented(root) + "\n";
    }

    private static ObjectNode origin(JsonNodeFactory f, Origin origin) {
        ObjectNode o = f.objectNode();
        o.put("task_run_id", origin.taskRunId());
        o.put("loop_id", origin.loopId());
        o.put("workspace_id", origin.workspaceId());
        o.put("file", origin.file());
        return o;
    }

    /**
     * Parses a manifest.
     *
     * @throws CorruptPackageException naming {@code file} when it is not JSON or lacks a required field
     */
    public static PackageManifest read(byte[] bytes, Path file) {
        try {
            JsonNode root = PythonJson.parse(bytes, file.toString());
            int format = root.path("format").asInt(-1);
            if (format != PackageManifest.FORMAT && format != PackageManifest.FORMAT_WITH_ALPHA158) {
                throw new CorruptPackageException(file, "unsupported manifest format " + root.path("format")
                        + " in " + file + " (this rdr reads formats " + PackageManifest.FORMAT + " and "
                        + PackageManifest.FORMAT_WITH_ALPHA158 + ")");
            }
            List<PublishedFunction> functions = new ArrayList<>();
            for (JsonNode o : root.path("functions")) {
                List<HistoryEntry> history = new ArrayList<>();
                for (JsonNode h : o.path("history")) {
                    history.add(new HistoryEntry(SemVer.parse(text(h, "version", file)), text(h, "sha256", file),
                            origin(h.path("origin"), file), "alternative".equals(h.path("kind").asText())
                                    ? HistoryEntry.Kind.ALTERNATIVE : HistoryEntry.Kind.REPLACED));
                }
                functions.add(new PublishedFunction(text(o, "func", file), text(o, "factor_name", file),
                        text(o, "entry", file), text(o, "sha256", file), SemVer.parse(text(o, "version", file)),
                        text(o, "published_at_utc", file), origin(o.path("origin"), file),
                        o.path("description").asText(""), o.path("formula").asText(""), history,
                        text(o, "source", file)));
            }
            List<Alpha158Function> alpha158 = new ArrayList<>();
            for (JsonNode o : root.path("alpha158")) {
                alpha158.add(new Alpha158Function(text(o, "func", file), text(o, "name", file),
                        text(o, "expression", file), text(o, "sha256", file), SemVer.parse(text(o, "version", file))));
            }
            return new PackageManifest(SemVer.parse(text(root, "version", file)), text(root, "created_at_utc", file),
                    functions, alpha158);
        } catch (InvalidInputException | InvalidVersionException | IllegalArgumentException e) {
            throw new CorruptPackageException(file, "unreadable manifest " + file + ": " + e.getMessage(), e);
        }
    }

    private static Origin origin(JsonNode o, Path file) {
        JsonNode loop = o.path("loop_id");
        if (!loop.canConvertToLong()) {
            throw new CorruptPackageException(file, "manifest " + file + ": origin without integer loop_id");
        }
        return new Origin(text(o, "task_run_id", file), loop.asLong(), text(o, "workspace_id", file),
                text(o, "file", file));
    }

    private static String text(JsonNode o, String key, Path file) {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual()) {
            throw new CorruptPackageException(file, "manifest " + file + ": missing or non-text field '" + key + "'");
        }
        return v.textValue();
    }
}
