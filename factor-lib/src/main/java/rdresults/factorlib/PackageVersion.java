package rdresults.factorlib;

import java.util.Objects;

/**
 * One published version as {@code versions} lists it.
 *
 * @param createdAtUtc   when the version was created (Python isoformat, UTC)
 * @param functions      how many functions it contains
 * @param archiveSha256  sha256 of its archive as recorded in {@code V.zip.sha256} ({@code verify} checks it)
 * @param archiveBytes   size of the archive
 */
public record PackageVersion(SemVer version, String createdAtUtc, int functions, String archiveSha256,
                             long archiveBytes) {

    public PackageVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(createdAtUtc, "createdAtUtc");
        Objects.requireNonNull(archiveSha256, "archiveSha256");
    }
}
