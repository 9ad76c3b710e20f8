package rdresults.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks every file an export will write before it writes any: each catalog is replaced atomically, but a run
 * that fails on its third file would still leave the first two new and the rest old. Checked here: the target is
 * absent or a regular file (not a folder), and its folder is, or can become, a writable folder.
 */
final class ExportTargets {

    private ExportTargets() {
    }

    /** @throws ExportException naming the first target that cannot be written and why */
    static void checkWritable(List<Path> targets) {
        for (Path target : targets) {
            Path file = target.toAbsolutePath().normalize();
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ExportException("cannot write " + file + ": it is "
                        + (Files.isDirectory(file) ? "a folder" : "not a regular file") + "; nothing was exported");
            }
            Path dir = nearestExisting(file.getParent());
            if (!Files.isDirectory(dir)) {
                throw new ExportException("cannot write " + file + ": " + dir + " is not a folder; nothing was "
                        + "exported");
            }
            if (!Files.isWritable(dir)) {
                throw new ExportException("cannot write " + file + ": folder " + dir + " is not writable; nothing "
                        + "was exported");
            }
        }
    }

    /** {@code dir} or its closest ancestor that exists: the folder the export would create the rest in. */
    private static Path nearestExisting(Path dir) {
        Path d = dir;
        while (d.getParent() != null && !Files.exists(d)) {
            d = d.getParent();
        }
        return d;
    }
}
