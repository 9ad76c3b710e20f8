package rdresults.factorlib.manifest;

import java.util.Objects;
import rdresults.factorlib.Origin;
import rdresults.factorlib.SemVer;

/**
 * An earlier or alternative code of a function: {@link Kind#REPLACED}, code the function had before it was replaced
 * (the version it was written in, archived there); {@link Kind#ALTERNATIVE}, another accepted occurrence of the factor
 * that {@code publish --all-accepted} ranked below the published one (the version in which that choice was made;
 * never archived as this function's code).
 */
public record HistoryEntry(SemVer version, String sha256, Origin origin, Kind kind) {

    /** What the entry records. */
    public enum Kind { REPLACED, ALTERNATIVE }

    /** Code the function had before it was replaced. */
    public HistoryEntry(SemVer version, String sha256, Origin origin) {
        this(version, sha256, origin, Kind.REPLACED);
    }

    public HistoryEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 is not 64 lowercase hex digits: " + sha256);
        }
        Objects.requireNonNull(origin, "origin");
    }
}
