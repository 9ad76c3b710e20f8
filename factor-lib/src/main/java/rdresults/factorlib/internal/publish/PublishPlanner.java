package rdresults.factorlib.internal.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rdresults.factorlib.Bump;
import rdresults.factorlib.PublishResult.Change;
import rdresults.factorlib.PublishResult.SkipReason;
import rdresults.factorlib.PublishResult.SkippedFactor;
import rdresults.factorlib.PublishResult.Unchanged;
import rdresults.factorlib.PublishResult.Written;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.manifest.HistoryEntry;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.manifest.PublishedFunction;
import rdresults.factorlib.internal.python.PythonIdentifiers;

/**
 * Decides, without touching files, what a publish changes: the next manifest (if any), what was written, unchanged
 * or superseded, and which {@code factor_meta.json} pointers to set.
 *
 * <p>Rules: a factor's identity is its name. A new name gets {@code factor_<snake>} made unique against every
 * function name ever assigned; a known name with a new sha256 is replaced in place (same function, history line
 * added); the same sha256 changes nothing. Within one publish of named loops the last candidate for a name wins;
 * with {@code --all-accepted} the best by {@link PublishCandidate#RANK} (highest sharpe, a missing one lowest, ties
 * by the newest) wins, and the other candidates with other code are recorded in the written function's history as
 * {@link HistoryEntry.Kind#ALTERNATIVE}s. Pointers are set
 * for written factors (to the new version) and, idempotently, for unchanged factors whose code came from that very
 * loop (to the version that holds it), which repairs a publish that died between committing and updating pointers.
 */
public final class PublishPlanner {

    /** One {@code impl_*} pointer to write. */
    public record Pointer(Path factorMeta, String factorName, String func, SemVer version) {
    }

    public record Plan(Optional<PackageManifest> next, List<Written> written, List<Unchanged> unchanged,
                       List<SkippedFactor> superseded, List<Pointer> pointers) {
    }

    private PublishPlanner() {
    }

    /**
     * @param bestBySharpe pick each name's candidate by {@link PublishCandidate#RANK} ({@code --all-accepted})
     *                     instead of the last one (named loops, in the order given)
     */
    public static Plan plan(PackageManifest current, List<PublishCandidate> candidates, Bump bump, String nowUtc,
                            boolean bestBySharpe) {
        Map<String, PublishCandidate> chosen = new LinkedHashMap<>();
        Map<String, List<PublishCandidate>> outranked = new LinkedHashMap<>();
        for (PublishCandidate c : candidates) {
            PublishCandidate earlier = chosen.get(c.factorName());
            boolean replaces = earlier == null || !bestBySharpe || PublishCandidate.RANK.compare(c, earlier) > 0;
            if (replaces) {
                chosen.remove(c.factorName());
                chosen.put(c.factorName(), c);
            }
            if (earlier != null) {
                outranked.computeIfAbsent(c.factorName(), k -> new ArrayList<>()).add(replaces ? earlier : c);
            }
        }
        List<SkippedFactor> superseded = new ArrayList<>();
        outranked.forEach((name, losers) -> losers.forEach(l -> superseded.add(new SkippedFactor(l.loop(), name,
                SkipReason.SUPERSEDED, bestBySharpe
                        ? "loop " + chosen.get(name).loop() + " ranks higher (sharpe " + chosen.get(name).sharpe()
                                + " against " + l.sharpe() + ")"
                        : "superseded by loop " + chosen.get(name).loop() + " in the same publish"))));
        SemVer next = current.version().next(bump);
        Set<String> taken = new HashSet<>(current.funcNames());
        Map<String, PublishedFunction> functions = new LinkedHashMap<>();
        current.functions().forEach(f -> functions.put(f.factorName(), f));
        List<Written> written = new ArrayList<>();
        List<Unchanged> unchanged = new ArrayList<>();
        List<Pointer> pointers = new ArrayList<>();
        for (PublishCandidate c : chosen.values()) {
            PublishedFunction existing = functions.get(c.factorName());
            if (existing != null && existing.sha256().equals(c.source().sha256())) {
                unchanged.add(new Unchanged(c.factorName(), existing.func(), existing.version(), c.loop()));
                if (existing.origin().loop().equals(c.loop())) {
                    pointers.add(new Pointer(c.factorMeta(), c.factorName(), existing.func(), existing.version()));
                }
                continue;
            }
            String func;
            List<HistoryEntry> history = new ArrayList<>();
            if (existing == null) {
                func = PythonIdentifiers.unique(PythonIdentifiers.funcName(c.factorName()), taken);
                taken.add(func);
            } else {
                func = existing.func();
                history.addAll(existing.history());
                history.add(new HistoryEntry(existing.version(), existing.sha256(), existing.origin()));
            }
            if (bestBySharpe) {
                alternatives(c, outranked.getOrDefault(c.factorName(), List.of()), next, history);
            }
            functions.put(c.factorName(), new PublishedFunction(func, c.factorName(), c.source().entry(),
                    c.source().sha256(), next, nowUtc, c.origin(), c.description(), c.formula(), history,
                    c.source().text()));
            written.add(new Written(c.factorName(), func, existing == null ? Change.ADDED : Change.REPLACED,
                    c.source().sha256(), c.origin()));
            pointers.add(new Pointer(c.factorMeta(), c.factorName(), func, next));
        }
        Optional<PackageManifest> manifest = written.isEmpty() ? Optional.empty()
                : Optional.of(new PackageManifest(next, nowUtc, new ArrayList<>(functions.values()),
                        current.alpha158()));
        return new Plan(manifest, written, unchanged, superseded, pointers);
    }

    /** Adds each outranked candidate whose code differs from the chosen one and from what history already holds. */
    private static void alternatives(PublishCandidate chosen, List<PublishCandidate> outranked, SemVer next,
                                     List<HistoryEntry> history) {
        Set<String> seen = new HashSet<>();
        seen.add(chosen.source().sha256());
        history.forEach(h -> seen.add(h.sha256() + " " + h.origin()));
        for (PublishCandidate l : outranked) {
            String sha = l.source().sha256();
            if (!seen.contains(sha) && seen.add(sha + " " + l.origin()) && seen.add(sha)) {
                history.add(new HistoryEntry(next, sha, l.origin(), HistoryEntry.Kind.ALTERNATIVE));
            }
        }
    }
}
