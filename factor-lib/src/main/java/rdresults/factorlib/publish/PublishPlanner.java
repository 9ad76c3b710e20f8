package rdresults.factorlib.publish;

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
import rdresults.factorlib.python.PythonIdentifiers;

/**
 * Decides, without touching files, what a publish changes: the next manifest (if any), what was written, unchanged
 * or superseded, and which {@code factor_meta.json} pointers to set.
 *
 * <p>Rules: a factor's identity is its name. A new name gets {@code factor_<snake>} made unique against every
 * function name ever assigned; a known name with a new sha256 is replaced in place (same function, history line
 * added); the same sha256 changes nothing. Within one publish the last candidate for a name wins. Pointers are set
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

    public static Plan plan(PackageManifest current, List<PublishCandidate> candidates, Bump bump, String nowUtc) {
        Map<String, PublishCandidate> chosen = new LinkedHashMap<>();
        List<SkippedFactor> superseded = new ArrayList<>();
        for (PublishCandidate c : candidates) {
            PublishCandidate earlier = chosen.remove(c.factorName());
            if (earlier != null) {
                superseded.add(new SkippedFactor(earlier.loop(), earlier.factorName(), SkipReason.SUPERSEDED,
                        "superseded by loop " + c.loop() + " in the same publish"));
            }
            chosen.put(c.factorName(), c);
        }
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
            functions.put(c.factorName(), new PublishedFunction(func, c.factorName(), c.source().entry(),
                    c.source().sha256(), next, nowUtc, c.origin(), c.description(), c.formula(), history,
                    c.source().text()));
            written.add(new Written(c.factorName(), func, existing == null ? Change.ADDED : Change.REPLACED,
                    c.source().sha256(), c.origin()));
            pointers.add(new Pointer(c.factorMeta(), c.factorName(), func, next));
        }
        Optional<PackageManifest> manifest = written.isEmpty() ? Optional.empty()
                : Optional.of(new PackageManifest(next, nowUtc, new ArrayList<>(functions.values())));
        return new Plan(manifest, written, unchanged, superseded, pointers);
    }
}
