package rdresults.export.internal.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rdresults.export.ExportWarnings;
import rdresults.export.internal.workspace.FolderListing.Kind;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * One workspace folder's files as the exporters need them, each read and parsed at most once, and the folder walked
 * at most once ({@link FolderListing}): every listing and existence question after the first is answered from
 * that walk. Relative names use {@code /}. Parsed trees may be shared with other folders (identical YAML texts are
 * parsed once): treat them as read-only ({@code deepCopy()} before changing).
 *
 * <p>An instance lives as long as one visit of the folder, so an export holds the files of a few folders at a
 * time, never all. Not thread-safe: the catalogs of a visit use it one after another.
 */
public final class WorkspaceFiles {

    /** Root model weight files, in the order RD-Agent's tools look for them. */
    public static final List<String> MODEL_FILE_NAMES =
            List.of("model.pkl", "model.joblib", "model.bin", "model.onnx", "model.pt", "model.pth");

    private final Path folder;
    private final ParsedYamlCache yamlCache;
    private final MlflowStores mlflowStores;
    private final ExportWarnings warnings;
    private final Map<String, Optional<JsonNode>> json = new HashMap<>();
    private final Map<String, Optional<JsonNode>> yaml = new HashMap<>();
    private final Map<String, Optional<String>> texts = new HashMap<>();
    private FolderListing listing;
    private boolean listFailureWarned;
    private boolean walkFailureWarned;

    public WorkspaceFiles(Path folder, ParsedYamlCache yamlCache, MlflowStores mlflowStores, ExportWarnings warnings) {
        this.folder = folder;
        this.yamlCache = yamlCache;
        this.mlflowStores = mlflowStores;
        this.warnings = warnings;
    }

    public Path folder() {
        return folder;
    }

    /** Whether {@code relative} exists (file or folder; links followed). */
    public boolean exists(String relative) {
        return isRootName(relative) ? rootKind(relative) != Kind.MISSING : Files.exists(folder.resolve(relative));
    }

    public boolean isDirectory(String relative) {
        return isRootName(relative) ? rootKind(relative) == Kind.DIRECTORY
                : Files.isDirectory(folder.resolve(relative));
    }

    /** The JSON document {@code relative}, or empty when it is missing, unreadable or invalid (warned). */
    public Optional<JsonNode> json(String relative) {
        Optional<JsonNode> parsed = json.get(relative);
        if (parsed == null) {
            parsed = text(relative).flatMap(t -> {
                try {
                    return Optional.of(PythonJson.parse(t, folder.resolve(relative).toString()));
                } catch (InvalidInputException e) {
                    warnings.warn("skipped " + e.getMessage());
                    return Optional.empty();
                }
            });
            json.put(relative, parsed);
        }
        return parsed;
    }

    /** The YAML file's root mapping, or empty when missing, invalid or not a mapping (warned). */
    public Optional<JsonNode> yaml(String relative) {
        Optional<JsonNode> parsed = yaml.get(relative);
        if (parsed == null) {
            parsed = text(relative).flatMap(t -> {
                ParsedYamlCache.Parsed p = yamlCache.mapping(t);
                if (p.mapping() == null) {
                    warnings.warn("skipped " + folder.resolve(relative) + ": " + p.error());
                    return Optional.empty();
                }
                return Optional.of(p.mapping());
            });
            yaml.put(relative, parsed);
        }
        return parsed;
    }

    /** The UTF-8 text of {@code relative} (BOM kept), or empty when missing or unreadable (warned). */
    public Optional<String> text(String relative) {
        Optional<String> read = texts.get(relative);
        if (read == null) {
            read = read(relative);
            texts.put(relative, read);
        }
        return read;
    }

    /** The bytes of {@code relative}, or empty when missing or unreadable (warned); not kept. */
    public Optional<byte[]> bytes(String relative) {
        Path file = folder.resolve(relative);
        if (!isRegularFile(relative)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            warnings.warn("skipped " + file + ": cannot read (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /**
     * The latest run id of the MLflow SQLite store {@code relative} ({@code mlflow.db} or {@code ../mlflow.db}),
     * or empty when there is no such file, it has no live run or it cannot be read (warned).
     */
    Optional<String> mlflowStoreRunId(String relative) {
        boolean present = isRootName(relative) ? rootKind(relative) == Kind.FILE
                : mlflowStores.exists(folder.resolve(relative).normalize());
        return present ? mlflowStores.latestRunId(folder.resolve(relative).normalize(), warnings) : Optional.empty();
    }

    /** Names of the entries directly in the folder, sorted by code point. */
    public List<String> rootNames() {
        FolderListing l = listing();
        if (l.listFailure() != null && !listFailureWarned) {
            listFailureWarned = true;
            warnings.warn("cannot list workspace " + folder + ": " + l.listFailure());
        }
        List<String> names = l.rootListed() ? l.rootNames() : new ArrayList<>();
        names.sort(PythonJson::compareCodePoints);
        return names;
    }

    /** Root files whose names end with one of {@code suffixes}, sorted by code point. */
    public List<String> rootFilesEndingWith(String... suffixes) {
        List<String> out = new ArrayList<>();
        for (String name : rootNames()) {
            if (endsWithAny(name, suffixes) && rootKind(name) == Kind.FILE) {
                out.add(name);
            }
        }
        return out;
    }

    /** Every regular file below the folder, as {@code /}-separated relative paths sorted by code point. */
    public List<String> recursiveFiles() {
        FolderListing l = listing();
        if (l.walkFailure() != null && !walkFailureWarned) {
            walkFailureWarned = true;
            warnings.warn("cannot walk workspace " + folder + ": " + l.walkFailure());
        }
        return l.files();
    }

    /** Recursive files whose names end with one of {@code suffixes}, sorted by code point. */
    public List<String> recursiveFilesEndingWith(String... suffixes) {
        List<String> out = new ArrayList<>();
        for (String rel : recursiveFiles()) {
            if (endsWithAny(rel, suffixes)) {
                out.add(rel);
            }
        }
        return out;
    }

    /**
     * Recursive files whose names end with {@code suffix}, in the order Python's {@code Path.rglob} yields them
     * (file system order, each folder's files before its subfolders'); for choices the Python exporters make by
     * "first found".
     */
    public List<String> recursiveFilesInGlobOrder(String suffix) {
        recursiveFiles();
        List<String> out = new ArrayList<>();
        for (String rel : listing().filesInGlobOrder()) {
            if (rel.endsWith(suffix)) {
                out.add(rel);
            }
        }
        return out;
    }

    /** Root model weight files present, in {@link #MODEL_FILE_NAMES} order. */
    public List<String> rootModelFiles() {
        List<String> out = new ArrayList<>();
        for (String name : MODEL_FILE_NAMES) {
            if (rootKind(name) == Kind.FILE) {
                out.add(name);
            }
        }
        return out;
    }

    private Optional<String> read(String relative) {
        Path file = folder.resolve(relative);
        if (!isRegularFile(relative)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            // the lenient decoder is much faster and replaces bad input with U+FFFD: only then is the strict one
            // needed, to tell a real U+FFFD from bad input
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            warnings.warn("skipped " + file + ": not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            warnings.warn("skipped " + file + ": cannot read (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /**
     * From the walk when the folder was already walked; otherwise one {@code stat}, which is cheaper than a walk
     * for a visit that reads a couple of known files and lists nothing.
     */
    private boolean isRegularFile(String relative) {
        if (listing != null && isRootName(relative) && listing.rootListed()) {
            return listing.kind(relative) == Kind.FILE;
        }
        return Files.isRegularFile(folder.resolve(relative));
    }

    /** A root entry's kind; asks the file system when the folder cannot be listed (it may still be searchable). */
    private Kind rootKind(String name) {
        FolderListing l = listing();
        return l.rootListed() ? l.kind(name) : FolderListing.followedKind(folder.resolve(name));
    }

    private FolderListing listing() {
        if (listing == null) {
            listing = FolderListing.of(folder);
        }
        return listing;
    }

    private static boolean isRootName(String relative) {
        return relative.indexOf('/') < 0 && relative.indexOf('\\') < 0;
    }

    private static boolean endsWithAny(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
