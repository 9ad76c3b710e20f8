package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * One workspace folder's files as the exporters need them, each read and parsed at most once. Relative names use
 * {@code /}. Parsed trees are shared between catalogs: treat them as read-only ({@code deepCopy()} before changing).
 */
public final class WorkspaceFiles {

    /** Root model weight files, in the order RD-Agent's tools look for them. */
    public static final List<String> MODEL_FILE_NAMES =
            List.of("model.pkl", "model.joblib", "model.bin", "model.onnx", "model.pt", "model.pth");

    private final Path folder;
    private final ParsedYamlCache yamlCache;
    private final ExportWarnings warnings;
    private final Map<String, Optional<JsonNode>> json = new ConcurrentHashMap<>();
    private final Map<String, Optional<JsonNode>> yaml = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();
    private volatile List<String> rootNames;
    private volatile List<String> recursiveFiles;

    WorkspaceFiles(Path folder, ParsedYamlCache yamlCache, ExportWarnings warnings) {
        this.folder = folder;
        this.yamlCache = yamlCache;
        this.warnings = warnings;
    }

    public Path folder() {
        return folder;
    }

    /** Whether {@code relative} exists (file or folder). */
    public boolean exists(String relative) {
        return Files.exists(folder.resolve(relative));
    }

    public boolean isDirectory(String relative) {
        return Files.isDirectory(folder.resolve(relative));
    }

    /** The JSON document {@code relative}, or empty when it is missing, unreadable or invalid (warned). */
    public Optional<JsonNode> json(String relative) {
        return json.computeIfAbsent(relative, r -> text(r).flatMap(t -> {
            try {
                return Optional.of(PythonJson.parse(t, folder.resolve(r).toString()));
            } catch (InvalidInputException e) {
                warnings.warn("skipped " + e.getMessage());
                return Optional.empty();
            }
        }));
    }

    /** The YAML file's root mapping, or empty when missing, invalid or not a mapping (warned). */
    public Optional<JsonNode> yaml(String relative) {
        return yaml.computeIfAbsent(relative, r -> text(r).flatMap(t -> {
            ParsedYamlCache.Parsed parsed = yamlCache.mapping(t);
            if (parsed.mapping() == null) {
                warnings.warn("skipped " + folder.resolve(r) + ": " + parsed.error());
                return Optional.empty();
            }
            return Optional.of(parsed.mapping());
        }));
    }

    /** The UTF-8 text of {@code relative} (BOM kept), or empty when missing or unreadable (warned). */
    public Optional<String> text(String relative) {
        return texts.computeIfAbsent(relative, r -> {
            Path file = folder.resolve(r);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
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
        });
    }

    /** Names of the entries directly in the folder, sorted by code point. */
    public List<String> rootNames() {
        List<String> names = rootNames;
        if (names == null) {
            List<String> found = new ArrayList<>();
            try (Stream<Path> entries = Files.list(folder)) {
                entries.forEach(p -> found.add(p.getFileName().toString()));
            } catch (IOException e) {
                warnings.warn("cannot list workspace " + folder + ": " + e.getMessage());
            }
            found.sort(PythonJson::compareCodePoints);
            names = Collections.unmodifiableList(found);
            rootNames = names;
        }
        return names;
    }

    /** Root files whose names end with one of {@code suffixes}, sorted by code point. */
    public List<String> rootFilesEndingWith(String... suffixes) {
        List<String> out = new ArrayList<>();
        for (String name : rootNames()) {
            for (String suffix : suffixes) {
                if (name.endsWith(suffix) && Files.isRegularFile(folder.resolve(name))) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    /** Every regular file below the folder, as {@code /}-separated relative paths sorted by code point. */
    public List<String> recursiveFiles() {
        List<String> files = recursiveFiles;
        if (files == null) {
            List<String> found = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> found.add(folder.relativize(p).toString().replace('\\', '/')));
            } catch (IOException | UncheckedIOException e) {
                warnings.warn("cannot walk workspace " + folder + ": " + e.getMessage());
            }
            found.sort(PythonJson::compareCodePoints);
            files = Collections.unmodifiableList(found);
            recursiveFiles = files;
        }
        return files;
    }

    /** Recursive files whose names end with one of {@code suffixes}, sorted by code point. */
    public List<String> recursiveFilesEndingWith(String... suffixes) {
        List<String> out = new ArrayList<>();
        for (String rel : recursiveFiles()) {
            for (String suffix : suffixes) {
                if (rel.endsWith(suffix)) {
                    out.add(rel);
                    break;
                }
            }
        }
        return out;
    }

    /** Root model weight files present, in {@link #MODEL_FILE_NAMES} order. */
    public List<String> rootModelFiles() {
        List<String> out = new ArrayList<>();
        for (String name : MODEL_FILE_NAMES) {
            if (Files.isRegularFile(folder.resolve(name))) {
                out.add(name);
            }
        }
        return out;
    }
}
