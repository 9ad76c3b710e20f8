package rdresults.factorlib;

import java.nio.file.Path;
import java.util.Objects;
import rdresults.factorlib.internal.Hashes;
import rdresults.factorlib.internal.store.PackageFiles;

/**
 * The archive of one version, ready to stream: the file, the name to offer in {@code Content-Disposition}, and the
 * sha256 of its bytes (computed when the bundle was looked up: a strong ETag). Archives are immutable, so the path
 * can be read at any time without the package lock.
 */
public record Bundle(SemVer version, Path archive, String fileName, String sha256, long size) {

    public Bundle {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Copies the archive to {@code target} atomically, after checking it still has the expected sha256.
     *
     * @throws CorruptPackageException when the archive changed since the lookup
     */
    public void copyTo(Path target) {
        byte[] bytes = PackageFiles.read(archive);
        if (!Hashes.sha256(bytes).equals(sha256)) {
            throw new CorruptPackageException(archive, "archive " + archive + " changed since it was looked up "
                    + "(archives are immutable; run 'rdr factor-lib verify')");
        }
        PackageFiles.write(target, bytes);
    }
}
