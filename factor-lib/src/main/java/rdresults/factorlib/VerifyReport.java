package rdresults.factorlib;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link PackageVerifier#verify}: disagreements between VERSION, manifest, archives,
 * {@code generated.py} and catalog pointers ({@code problems}, each a failure), and risky calls in the published
 * code ({@code warnings}, for a human audit).
 *
 * @param version        the committed version; null when VERSION is missing or unreadable (see
 *                       {@link #findVersion()})
 * @param legacyPointers catalog pointers that are history, not errors: their version is no package version at all
 *                       (the date-style ones older tools wrote); republishing the loops replaces them
 */
public record VerifyReport(Path root, SemVer version, List<Problem> problems, List<RiskWarning> warnings,
                           int legacyPointers) {

    public VerifyReport {
        Objects.requireNonNull(root, "root");
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public VerifyReport(Path root, SemVer version, List<Problem> problems, List<RiskWarning> warnings) {
        this(root, version, problems, warnings, 0);
    }

    /** The committed version, if VERSION could be read. */
    public Optional<SemVer> findVersion() {
        return Optional.ofNullable(version);
    }

    /** True when nothing disagrees; warnings do not count. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** What disagrees. */
    public enum ProblemKind {
        /** A file of the package is missing. */
        FILE_MISSING,
        /** VERSION is not strict semver. */
        VERSION_INVALID,
        /** manifest.json is unreadable or malformed. */
        MANIFEST_INVALID,
        /** VERSION and manifest.json name different versions. */
        VERSION_MISMATCH,
        /** generated.py differs from what manifest.json renders to (edited by hand or tampered with). */
        GENERATED_MISMATCH,
        /** A function's source does not hash to its recorded sha256, or names clash. */
        FUNCTION_INVALID,
        /** A version that should have an archive has none. */
        ARCHIVE_MISSING,
        /** An archive's bytes, checksum file, manifest copy or content disagree. */
        ARCHIVE_MISMATCH,
        /** An archive newer than VERSION: left by an unfinished publish (the next publish removes it). */
        ORPHAN_ARCHIVE,
        /** A catalog cannot be read. */
        CATALOG_INVALID,
        /** A catalog's impl_* pointer names no function of that version. */
        DANGLING_POINTER
    }

    /** What a risky call reaches. */
    public enum RiskCategory { FILE, NETWORK, PROCESS, DYNAMIC_CODE, IMPORT }

    /** One disagreement, with the file it concerns. */
    public record Problem(ProblemKind kind, Path path, String message) {
    }

    /** One risky call in function {@code func}'s source, at 1-based {@code line}. */
    public record RiskWarning(String func, String factorName, int line, RiskCategory category, String call,
                              String text) {
    }
}
