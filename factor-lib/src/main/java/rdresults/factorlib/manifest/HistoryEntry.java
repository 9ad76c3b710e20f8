package rdresults.factorlib.manifest;

import java.util.Objects;
import rdresults.factorlib.Origin;
import rdresults.factorlib.SemVer;

/** A code version a function had before it was replaced: the version it was written in, its sha256 and origin. */
public record HistoryEntry(SemVer version, String sha256, Origin origin) {

    public HistoryEntry {
        Objects.requireNonNull(version, "version");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 is not 64 lowercase hex digits: " + sha256);
        }
        Objects.requireNonNull(origin, "origin");
    }
}
