package rdresults.factorlib;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import rdresults.model.LoopKey;

/**
 * What a publish did. {@code after} equals {@code before} when nothing changed (then no version was made).
 *
 * @param written         functions added or replaced in version {@code after}
 * @param unchanged       factors whose identical code the package already holds
 * @param skippedLoops    loops not published as a whole, with the reason
 * @param skippedFactors  factors of published loops that were not written, with the reason
 * @param updatedMetaFiles {@code factor_meta.json} files whose {@code impl_*} pointers were written
 */
public record PublishResult(SemVer before, SemVer after, List<Written> written, List<Unchanged> unchanged,
                            List<SkippedLoop> skippedLoops, List<SkippedFactor> skippedFactors,
                            List<Path> updatedMetaFiles) {

    public PublishResult {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        skippedLoops = List.copyOf(skippedLoops);
        skippedFactors = List.copyOf(skippedFactors);
        updatedMetaFiles = List.copyOf(updatedMetaFiles);
    }

    /** Whether a new version was made. */
    public boolean changed() {
        return !after.equals(before);
    }

    /** Whether anything asked for was left out (the CLI's "finished with rejected records"). */
    public boolean hasSkips() {
        return !skippedLoops.isEmpty() || !skippedFactors.isEmpty();
    }

    /** How a written function changed. */
    public enum Change { ADDED, REPLACED }

    /** Why something was not published. */
    public enum SkipReason {
        /** {@code feedback.json} decision is false or null. */
        NOT_ACCEPTED,
        /** No {@code feedback.json} in the loop's workspaces: acceptance unknown. */
        NO_FEEDBACK,
        /** No {@code factor_meta.json} in the loop's workspaces. */
        NO_FACTOR_META,
        /** None of the loop's workspace paths resolves to a folder here. */
        WORKSPACE_NOT_FOUND,
        /** A JSON file of the loop is unreadable or has the wrong structure. */
        INVALID_FILE,
        /** A factor entry without a name. */
        UNNAMED_FACTOR,
        /** No workspace file defines {@code calculate_<name>} or {@code <name>}. */
        NO_IMPLEMENTATION,
        /** A later loop of the same publish provides this factor's code. */
        SUPERSEDED
    }

    /** A function written into the new version. */
    public record Written(String factorName, String func, Change change, String sha256, Origin origin) {
    }

    /** A factor whose code is already in the package, in function {@code func} since {@code version}. */
    public record Unchanged(String factorName, String func, SemVer version, LoopKey loop) {
    }

    /** A loop left out as a whole. */
    public record SkippedLoop(LoopKey loop, SkipReason reason, String detail) {
    }

    /** A factor of a loop left out. */
    public record SkippedFactor(LoopKey loop, String factorName, SkipReason reason, String detail) {
    }
}
