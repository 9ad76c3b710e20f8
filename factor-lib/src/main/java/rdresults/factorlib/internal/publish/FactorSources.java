package rdresults.factorlib.internal.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import rdresults.factorlib.FactorLibIoException;
import rdresults.factorlib.internal.Hashes;
import rdresults.factorlib.internal.store.PackageFiles;

/**
 * Finds factor implementations in a loop's workspaces, as RD-Agent writes them: a {@code *.py} file defining
 * {@code calculate_<name>} or {@code <name>} at module level (the generated wrapper looks the function up in the
 * module namespace, so nested definitions cannot be called).
 *
 * <p>Search rules follow the Python tool's (contract §6): every {@code *.py} below each workspace except folders
 * named {@code mlruns, .git, __pycache__, data, result, node_modules, .venv, site-packages} and files named
 * {@code read_exp_res.py, runtime_info.py, setup.py, generated.py, __init__.py}. Two deliberate differences: folder
 * names are compared per path segment below the workspace (the tool's substring test on the absolute path skipped
 * every file of a repository under, say, {@code /data/}), and the whole file is kept instead of a truncated block.
 * Preference: {@code calculate_<name>} over {@code <name>}; workspaces in the given order; in a workspace
 * {@code factor.py} at its root first, then other files by path. Names are matched exactly first; only when no
 * function matches exactly, ignoring case ({@code Return_Skewness_20D} is {@code calculate_return_skewness_20d}:
 * RD-Agent's factor names keep their capitals while the generated code often writes Python's lower case).
 */
public final class FactorSources {

    private static final Logger LOG = Logger.getLogger(FactorSources.class);

    private static final Set<String> SKIPPED_DIRS = Set.of("mlruns", ".git", "__pycache__", "data", "result",
            "node_modules", ".venv", "site-packages");
    private static final Set<String> SKIPPED_FILES = Set.of("read_exp_res.py", "runtime_info.py", "setup.py",
            "generated.py", "__init__.py");
    private static final Pattern MODULE_DEF =
            Pattern.compile("^(?:async[ \\t]+)?def[ \\t]+([A-Za-z_][A-Za-z0-9_]*)[ \\t]*\\(", Pattern.MULTILINE);
    private static final int MAX_DEPTH = 16;

    /** One module-level function definition and the file holding it. */
    private record Definition(String function, String text, String sha256, ResolvedWorkspace workspace, String file) {
    }

    /** Module-level function name → first file defining it, in preference order. */
    private final Map<String, Definition> byFunction;
    /** Lower-cased function name → first file defining a function of that name in any case. */
    private final Map<String, Definition> byLowerFunction = new HashMap<>();

    private FactorSources(Map<String, Definition> byFunction, List<Definition> inOrder) {
        this.byFunction = byFunction;
        inOrder.forEach(d -> byLowerFunction.putIfAbsent(d.function().toLowerCase(Locale.ROOT), d));
    }

    /** Indexes every eligible file of {@code workspaces} (in preference order). */
    public static FactorSources scan(List<ResolvedWorkspace> workspaces) {
        Map<String, Definition> byFunction = new HashMap<>();
        List<Definition> inOrder = new ArrayList<>();
        for (ResolvedWorkspace ws : workspaces) {
            for (Path file : pythonFiles(ws.folder())) {
                Optional<String> text = readUtf8(file);
                if (text.isEmpty()) {
                    continue;
                }
                String rel = ws.folder().relativize(file).toString().replace('\\', '/');
                String sha = Hashes.sha256(text.get());
                Matcher m = MODULE_DEF.matcher(text.get());
                while (m.find()) {
                    Definition d = new Definition(m.group(1), text.get(), sha, ws, rel);
                    byFunction.putIfAbsent(m.group(1), d);
                    inOrder.add(d);
                }
            }
        }
        return new FactorSources(byFunction, inOrder);
    }

    /**
     * The implementation of {@code factorName}, if any file defines {@code calculate_<name>} or {@code <name>}:
     * exactly as named first, else ignoring case.
     */
    public Optional<FactorSource> find(String factorName) {
        Definition hit = byFunction.get("calculate_" + factorName);
        if (hit == null) {
            hit = byFunction.get(factorName);
        }
        if (hit == null) {
            String lower = factorName.toLowerCase(Locale.ROOT);
            hit = byLowerFunction.get("calculate_" + lower);
            if (hit == null) {
                hit = byLowerFunction.get(lower);
            }
        }
        return Optional.ofNullable(hit).map(d -> new FactorSource(factorName, d.function(), d.text(), d.sha256(),
                d.workspace().id(), d.workspace().folder(), d.file()));
    }

    /** Eligible files: {@code factor.py} at the root first, then the rest by relative path. */
    static List<Path> pythonFiles(Path workspace) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(workspace, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(workspace) && SKIPPED_DIRS.contains(dir.getFileName().toString());
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && name.endsWith(".py") && !SKIPPED_FILES.contains(name)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.debugf("skipping unreadable %s: %s", file, e);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new FactorLibIoException(workspace, "list Python files", e);
        }
        Path root = workspace.resolve("factor.py");
        files.sort(Comparator.comparing((Path p) -> !p.equals(root))
                .thenComparing(p -> workspace.relativize(p).toString().replace('\\', '/')));
        return files;
    }

    /** The file's text without a leading BOM; empty when it is not UTF-8 (the sha256 must be of real text). */
    private static Optional<String> readUtf8(Path file) {
        byte[] bytes = PackageFiles.read(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            LOG.debugf("skipping %s: not UTF-8", file);
            return Optional.empty();
        }
    }
}
