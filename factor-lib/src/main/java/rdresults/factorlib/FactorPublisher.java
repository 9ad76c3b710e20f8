package rdresults.factorlib;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import rdresults.factorlib.PublishResult.SkipReason;
import rdresults.factorlib.PublishResult.SkippedFactor;
import rdresults.factorlib.PublishResult.SkippedLoop;
import rdresults.factorlib.internal.catalog.FactorMetaUpdater;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.internal.publish.PublishCandidate;
import rdresults.factorlib.internal.publish.FactorSharpes;
import rdresults.factorlib.internal.publish.FactorSource;
import rdresults.factorlib.internal.publish.FactorSources;
import rdresults.factorlib.internal.publish.LoopFiles;
import rdresults.factorlib.internal.publish.LoopReader;
import rdresults.factorlib.internal.publish.PublishPlanner;
import rdresults.factorlib.internal.store.FactorPackageWriter;
import rdresults.factorlib.internal.store.PackageFiles;
import rdresults.model.InvalidInputException;
import rdresults.model.IsoTimestamps;
import rdresults.model.LoopKey;
import rdresults.model.PythonJson;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * Publishes the factors of accepted loops into a package: for each factor of a loop's {@code factor_meta.json}
 * whose {@code feedback.json} decision is {@code true} and whose code is found in the loop's workspaces, writes or
 * replaces {@code factor_<name>} in {@code generated.py}, bumps VERSION once if anything changed, archives the new
 * version and points the factor's {@code impl_*} fields at it.
 *
 * <p>The whole publish, including the {@code factor_meta.json} updates, runs under the package lock, so concurrent
 * publishers (threads or processes) run one after the other and each sees the other's result.
 */
public final class FactorPublisher {

    private static final Logger LOG = Logger.getLogger(FactorPublisher.class);

    private final FactorPackage pkg;
    private final LoopReader loops;

    private FactorPublisher(FactorPackage pkg, LoopReader loops) {
        this.pkg = pkg;
        this.loops = loops;
    }

    /**
     * A publisher into {@code pkg} reading loops from {@code registry} and their folders through {@code locator}
     * (build it with {@code WorkspaceLocator.forRegistry(dbPath, pathMaps)} or {@code forRepoRoot}). The caller keeps
     * ownership of the registry reader.
     */
    public static FactorPublisher create(FactorPackage pkg, RegistryReader registry, WorkspaceLocator locator) {
        return new FactorPublisher(pkg, new LoopReader(registry, locator));
    }

    /**
     * Publishes what {@code request} selects.
     *
     * @throws LoopNotFoundException   a named loop is not in the registry (nothing is published then)
     * @throws PackageLockedException  another publisher kept the lock past the configured wait
     * @throws CorruptPackageException the package cannot be brought to a consistent state
     */
    public PublishResult publish(PublishRequest request) {
        List<LoopFiles> selected = request.allAccepted() ? loops.readAll() : readNamed(request.loops());
        return pkg.withLock(() -> publishLocked(selected, request));
    }

    private List<LoopFiles> readNamed(List<LoopKey> keys) {
        List<LoopFiles> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(loops.read(k)));
        return out;
    }

    private PublishResult publishLocked(List<LoopFiles> selected, PublishRequest request) {
        FactorPackageWriter writer = new FactorPackageWriter(pkg.layout());
        PackageManifest current = writer.recover();
        List<SkippedLoop> skippedLoops = new ArrayList<>();
        List<SkippedFactor> skippedFactors = new ArrayList<>();
        List<PublishCandidate> candidates = new ArrayList<>();
        for (LoopFiles loop : selected) {
            Optional<SkippedLoop> refusal = acceptance(loop);
            if (refusal.isPresent()) {
                // --all-accepted selects accepted loops; only "folders missing, could not tell" is worth reporting
                boolean unresolved = refusal.get().reason() == SkipReason.WORKSPACE_NOT_FOUND
                        && !loop.unresolved().isEmpty();
                if (!request.allAccepted() || unresolved) {
                    skippedLoops.add(refusal.get());
                }
                continue;
            }
            collect(loop, candidates, skippedLoops, skippedFactors);
        }
        String now = IsoTimestamps.now(pkg.settings().clock());
        PublishPlanner.Plan plan = PublishPlanner.plan(current, candidates, request.bump(), now,
                request.allAccepted());
        plan.next().ifPresent(writer::commit);
        skippedFactors.addAll(plan.superseded());
        List<Path> updated = writePointers(plan.pointers());
        SemVer after = plan.next().map(PackageManifest::version).orElse(current.version());
        LOG.infof("factor package %s: %s -> %s, %d written, %d unchanged, %d loop(s) and %d factor(s) skipped",
                pkg.root(), current.version(), after, plan.written().size(), plan.unchanged().size(),
                skippedLoops.size(), skippedFactors.size());
        return new PublishResult(current.version(), after, plan.written(), plan.unchanged(), skippedLoops,
                skippedFactors, updated);
    }

    /** Empty when the loop is accepted; otherwise why not. */
    private static Optional<SkippedLoop> acceptance(LoopFiles loop) {
        if (loop.workspaces().isEmpty()) {
            return Optional.of(new SkippedLoop(loop.key(), SkipReason.WORKSPACE_NOT_FOUND,
                    loop.unresolved().isEmpty() ? "the registry lists no workspace for this loop"
                            : "no workspace folder found for " + String.join(", ", loop.unresolved())));
        }
        Optional<Path> feedback = loop.feedback();
        if (feedback.isEmpty()) {
            return Optional.of(new SkippedLoop(loop.key(), SkipReason.NO_FEEDBACK,
                    "no feedback.json in the loop's workspaces"));
        }
        JsonNode decision;
        try {
            decision = PythonJson.parse(PackageFiles.read(feedback.get()), feedback.get().toString()).path("decision");
        } catch (InvalidInputException e) {
            return Optional.of(new SkippedLoop(loop.key(), SkipReason.INVALID_FILE, e.getMessage()));
        }
        if (!decision.isBoolean() || !decision.booleanValue()) {
            return Optional.of(new SkippedLoop(loop.key(), SkipReason.NOT_ACCEPTED,
                    "feedback.json decision is " + (decision.isMissingNode() ? "missing" : decision.toString())
                            + ", not true: " + feedback.get()));
        }
        return Optional.empty();
    }

    private static void collect(LoopFiles loop, List<PublishCandidate> candidates, List<SkippedLoop> skippedLoops,
                                List<SkippedFactor> skippedFactors) {
        Optional<Path> meta = loop.factorMeta();
        if (meta.isEmpty()) {
            skippedLoops.add(new SkippedLoop(loop.key(), SkipReason.NO_FACTOR_META,
                    "no factor_meta.json in the loop's workspaces"));
            return;
        }
        JsonNode document;
        try {
            document = PythonJson.parse(PackageFiles.read(meta.get()), meta.get().toString());
        } catch (InvalidInputException e) {
            skippedLoops.add(new SkippedLoop(loop.key(), SkipReason.INVALID_FILE, e.getMessage()));
            return;
        }
        JsonNode factors = document.path("factors");
        if (!factors.isArray()) {
            skippedLoops.add(new SkippedLoop(loop.key(), SkipReason.INVALID_FILE,
                    "factor_meta.json has no factors list: " + meta.get()));
            return;
        }
        FactorSources sources = FactorSources.scan(loop.workspaces());
        Map<String, Double> sharpes = FactorSharpes.read(meta.get().resolveSibling("factor_perf.json"));
        JsonNode fileCreated = document.path("created_at_utc");
        for (JsonNode f : factors) {
            String name = f.path("name").asText("");
            if (!f.path("name").isTextual() || name.isBlank()) {
                skippedFactors.add(new SkippedFactor(loop.key(), name, SkipReason.UNNAMED_FACTOR,
                        "factor entry without a name in " + meta.get()));
                continue;
            }
            Optional<FactorSource> source = sources.find(name);
            if (source.isEmpty()) {
                skippedFactors.add(new SkippedFactor(loop.key(), name, SkipReason.NO_IMPLEMENTATION,
                        "no workspace file of the loop defines calculate_" + name + " or " + name));
                continue;
            }
            String formula = f.path("formula_hint").asText("");
            JsonNode created = f.path("created_at_utc").isTextual() ? f.path("created_at_utc") : fileCreated;
            candidates.add(new PublishCandidate(loop.key(), meta.get(), name, f.path("description_cn").asText(""),
                    formula.isEmpty() ? f.path("expression").asText("") : formula, source.get(), sharpes.get(name),
                    created.isTextual() ? created.textValue() : loop.endedAtUtc(), candidates.size()));
        }
    }

    private static List<Path> writePointers(List<PublishPlanner.Pointer> pointers) {
        Map<Path, Map<String, FactorMetaUpdater.Target>> byFile = new LinkedHashMap<>();
        for (PublishPlanner.Pointer p : pointers) {
            byFile.computeIfAbsent(p.factorMeta(), k -> new LinkedHashMap<>())
                    .put(p.factorName(), new FactorMetaUpdater.Target(p.func(), p.version()));
        }
        List<Path> updated = new ArrayList<>();
        byFile.forEach((file, targets) -> {
            if (FactorMetaUpdater.apply(file, targets)) {
                updated.add(file);
            }
        });
        return updated;
    }
}
