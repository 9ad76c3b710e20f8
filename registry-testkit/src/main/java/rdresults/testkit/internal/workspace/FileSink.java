package rdresults.testkit.internal.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rdresults.testkit.SyntheticRegistryException;

/**
 * Writes one workspace folder and remembers what the backfill's {@code stat} recorded for each root entry. With
 * {@code materialize == false} nothing touches the disk, but the entries are still recorded: the registry rows of a
 * deleted folder describe the files it once held.
 *
 * <p>Files are written in place, not through a temp file: the tree is new and nobody reads it before
 * GENERATED_BY.json, written last, marks it complete. File modification times are left at the time of writing, as
 * after copying a workspace; the historical times live in {@code artifact_files.mtime_utc}. Setting them would
 * double the syscalls per file, the dominant cost of large registries.
 */
final class FileSink {

    /** What {@code stat} reports for a small directory on ext4/NTFS, as in the sample's mlruns rows. */
    static final long DIRECTORY_SIZE = 4096;

    private final Path dir;
    private final boolean materialize;
    private final boolean digests;
    private final List<WrittenFile> entries = new ArrayList<>();
    private int files;

    /**
     * @param digests compute SHA-256 digests; only files that get {@code artifact_files} rows need them, and hashing
     *                is the largest CPU cost of a big registry
     */
    FileSink(Path dir, boolean materialize, boolean digests) {
        this.dir = dir;
        this.materialize = materialize;
        this.digests = digests;
        createDirectory(dir);
    }

    /** A root-level file. */
    void put(String name, byte[] bytes, String sha256, long mtimeMicros) {
        writeFile(dir.resolve(name), bytes);
        entries.add(new WrittenFile(name, bytes.length, sha256, mtimeMicros));
    }

    void put(String name, byte[] bytes, long mtimeMicros) {
        put(name, bytes, digests ? Blob.sha256Hex(bytes) : null, mtimeMicros);
    }

    /** A directory below the folder; parents first, each created once. */
    void createDirectory(String relativePath) {
        createDirectory(dir.resolve(relativePath));
    }

    /** A file below a root-level directory (mlruns) whose directories exist; not an artifact entry of its own. */
    void putNested(String relativePath, byte[] bytes) {
        writeFile(dir.resolve(relativePath), bytes);
    }

    /** Records a root-level directory as {@code stat} saw it. */
    void directory(String name, long mtimeMicros) {
        entries.add(new WrittenFile(name, DIRECTORY_SIZE, null, mtimeMicros));
    }

    List<WrittenFile> entries() {
        return List.copyOf(entries);
    }

    int files() {
        return files;
    }

    private void writeFile(Path target, byte[] bytes) {
        if (!materialize) {
            return;
        }
        try {
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new SyntheticRegistryException("cannot write workspace file", target, e);
        }
        files++;
    }

    private void createDirectory(Path target) {
        if (!materialize) {
            return;
        }
        try {
            Files.createDirectory(target);
        } catch (IOException e) {
            throw new SyntheticRegistryException("cannot create directory", target, e);
        }
    }
}
