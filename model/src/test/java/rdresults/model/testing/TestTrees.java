package rdresults.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Folder trees for tests: the bundled sample repository, and copies of it (or of any tree) that a test may change.
 * Every module runs its tests in its own folder, so the sample is one level up.
 */
public final class TestTrees {

    /** {@code examples/sample}: registry, workspaces, templates and the Python tools' reference outputs. */
    public static final Path SAMPLE = Path.of("../examples/sample").toAbsolutePath().normalize();

    private TestTrees() {
    }

    /**
     * Copies the whole sample (registry, workspaces, Qlib template, expected catalogs) into {@code to}, without the
     * catalogs someone exported into the checkout's sample (README's {@code rdr serve} does): tests start clean.
     */
    public static Path copySample(Path to) {
        Path exported = Path.of("RDagentDB", "aistock");
        return copy(SAMPLE, to, relative -> !relative.startsWith(exported));
    }

    /** The five files the Python tools wrote for the sample, in {@code SAMPLE/expected}. */
    public static final List<String> EXPECTED_CATALOGS = List.of("factor_catalog.json", "strategy_catalog.json",
            "loop_catalog.json", "model_catalog.json", "alpha158_meta.json");

    /**
     * A fresh copy of the sample at {@code to} (whatever was there is deleted) served with the Python tools' catalogs:
     * the expected files are placed in {@code RDagentDB/aistock}, which is returned so a test can change one.
     */
    public static Path copySampleWithExpectedCatalogs(Path to) {
        delete(to);
        copySample(to);
        Path catalogs = to.resolve("RDagentDB/aistock");
        try {
            Files.createDirectories(catalogs);
            for (String f : EXPECTED_CATALOGS) {
                Files.copy(SAMPLE.resolve("expected").resolve(f), catalogs.resolve(f),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot place the expected catalogs in " + catalogs, e);
        }
        return catalogs;
    }

    /** Copies the tree {@code from} into {@code to} (created as needed); copied files are writable. */
    public static Path copy(Path from, Path to) {
        return copy(from, to, p -> true);
    }

    /** Copies the paths of {@code from} that {@code keep} accepts (relative to {@code from}), with their folders. */
    public static Path copy(Path from, Path to, Predicate<Path> keep) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path relative = from.relativize(source);
                if (!keep.test(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().setWritable(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
        return to;
    }

    /** Deletes {@code root} and everything under it; nothing when it does not exist. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
