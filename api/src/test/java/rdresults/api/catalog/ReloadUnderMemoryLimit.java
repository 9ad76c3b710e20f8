package rdresults.api.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Run in a JVM of its own by {@link LargeCatalogReloadTest}, under a direct-memory limit smaller than the catalog:
 * writes a loop catalog of {@code args[1]} entries into {@code args[0]}, loads it, then replaces and reloads it
 * {@code args[2]} times, checking after each reload that the new generation is served and that the spool holds
 * exactly one generation. Prints {@code ok <rounds> <bytes>} and exits 0, or exits non-zero with the failure.
 */
public final class ReloadUnderMemoryLimit {

    private ReloadUnderMemoryLimit() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int entries = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path file = dir.resolve(CatalogKind.LOOPS.fileName());
        write(file, entries, 0);
        try (CatalogStore store = new CatalogStore(dir, CatalogSpool.create(dir.resolve("spool")))) {
            check(store.get(CatalogKind.LOOPS).keys().size() == entries, "first load");
            for (int round = 1; round <= rounds; round++) {
                write(file, entries - round % 2, round);
                store.reload();
                check(store.staleReason(CatalogKind.LOOPS).isEmpty(), "round " + round + ": "
                        + store.staleReason(CatalogKind.LOOPS).orElse(""));
                check(store.get(CatalogKind.LOOPS).keys().size() == entries - round % 2, "round " + round);
                try (CatalogLease lease = store.lease(CatalogKind.LOOPS)) {
                    check(new String(lease.snapshot().bytes().entry(0), StandardCharsets.UTF_8)
                            .contains("\"round\":" + round), "round " + round + " entry");
                }
                check(spooledFiles(dir.resolve("spool")) == 3, "round " + round + ": "
                        + spooledFiles(dir.resolve("spool")) + " spool files, expected one generation (3)");
            }
            System.out.println("ok " + rounds + " " + Files.size(file));
        }
    }

    /** Temp file and rename, as an export does; written entry by entry, so the test itself stays small. */
    private static void write(Path file, int entries, int round) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        String padding = "x".repeat(2000);
        try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("{\n  \"version\": \"v1\",\n  \"loops\": [\n");
            for (int i = 0; i < entries; i++) {
                out.write((i == 0 ? "" : ",\n") + "    {\"task_run_id\": \"run\", \"loop_id\": " + i
                        + ", \"workspace_id\": \"ws" + i + "\", \"round\": " + round + ", \"notes\": \"" + padding
                        + "\"}");
            }
            out.write("\n  ]\n}\n");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long spooledFiles(Path spool) {
        try (Stream<Path> files = Files.walk(spool)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("failed: " + what);
        }
    }
}
