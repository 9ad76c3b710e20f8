package rdresults.testkit.internal.planner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.EdgeCaseHit;
import rdresults.testkit.SyntheticRegistryOptions;
import rdresults.testkit.conventions.StoredPaths;
import rdresults.testkit.internal.plan.Action;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.MetaShape;
import rdresults.testkit.internal.plan.RegistryPlan;
import rdresults.testkit.internal.plan.TaskRunPlan;
import rdresults.testkit.internal.plan.WorkspaceFile;
import rdresults.testkit.internal.plan.WorkspaceKind;

/**
 * Plants the enabled edge cases on a few eligible loops each (about one loop in a hundred, at least one) and
 * records where. Loops are chosen so that cases do not spoil each other: each case prefers loops no other case
 * took, and the cases that break a workspace (missing folder, corrupt or BOM-prefixed JSON) never share a loop with
 * each other or with the stored-path cases, whose loops must still reach the loop catalog.
 */
public final class EdgeCaseAssigner {

    private static final Set<EdgeCase> PATH_CASES = EnumSet.of(EdgeCase.WINDOWS_PATH, EdgeCase.WSL_PATH,
            EdgeCase.FWD_SLASH_WINDOWS_PATH);
    private static final Set<EdgeCase> BREAKING_CASES = EnumSet.of(EdgeCase.MISSING_WORKSPACE_DIR,
            EdgeCase.CORRUPT_JSON, EdgeCase.BOM_JSON);

    private final SyntheticRegistryOptions options;
    private final StoredPaths paths;

    public EdgeCaseAssigner(SyntheticRegistryOptions options, StoredPaths paths) {
        this.options = options;
        this.paths = paths;
    }

    public RegistryPlan assign(RegistryPlan plan) {
        List<LoopPlan> loops = new ArrayList<>(plan.loops());
        Map<Integer, Set<EdgeCase>> taken = new HashMap<>();
        Map<EdgeCase, List<EdgeCaseHit>> hits = new EnumMap<>(EdgeCase.class);
        SplittableRandom random = Draw.stream(options.seed(), -3, -3);
        int perCase = Math.max(1, loops.size() / 100);
        // path cases first: they need the few loops that pass every loop-catalog gate
        List<EdgeCase> order = new ArrayList<>(loopEdgeCases(options));
        order.sort((a, b) -> Boolean.compare(!PATH_CASES.contains(a), !PATH_CASES.contains(b)));
        for (EdgeCase edgeCase : order) {
            List<Integer> chosen = choose(random, loops, taken, edgeCase, perCase);
            List<EdgeCaseHit> caseHits = new ArrayList<>();
            for (int index : chosen) {
                LoopPlan applied = EdgeCaseEffects.apply(edgeCase, loops.get(index), paths);
                loops.set(index, applied);
                taken.computeIfAbsent(index, k -> EnumSet.noneOf(EdgeCase.class)).add(edgeCase);
                caseHits.addAll(EdgeCaseEffects.hits(edgeCase, applied));
            }
            hits.put(edgeCase, caseHits);
        }
        return new RegistryPlan(regroup(plan, loops), hits);
    }

    /** Edge cases that are planted on individual loops (every case except the database-wide legacy schema). */
    private static Set<EdgeCase> loopEdgeCases(SyntheticRegistryOptions options) {
        Set<EdgeCase> edgeCases = options.edgeCases();
        EnumSet<EdgeCase> cases = edgeCases.isEmpty() ? EnumSet.noneOf(EdgeCase.class) : EnumSet.copyOf(edgeCases);
        cases.remove(EdgeCase.LEGACY_SCHEMA);
        return cases;
    }

    private List<Integer> choose(SplittableRandom random, List<LoopPlan> loops, Map<Integer, Set<EdgeCase>> taken,
                                 EdgeCase edgeCase, int count) {
        Predicate<LoopPlan> eligible = eligibility(edgeCase);
        List<Integer> fresh = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        for (int i = 0; i < loops.size(); i++) {
            if (!eligible.test(loops.get(i))) {
                continue;
            }
            Set<EdgeCase> already = taken.getOrDefault(i, Set.of());
            if (already.isEmpty()) {
                fresh.add(i);
            } else if (compatible(edgeCase, already)) {
                shared.add(i);
            }
        }
        if (fresh.isEmpty() && shared.isEmpty() && PATH_CASES.contains(edgeCase)) {
            // tiny registries may have no loop that reaches the catalog; any loop with workspaces will do
            return choose(random, loops, taken, EdgeCase.MISSING_WORKSPACE_DIR, count);
        }
        List<Integer> out = new ArrayList<>();
        drawInto(random, fresh, out, count);
        drawInto(random, shared, out, count);
        out.sort(Integer::compare);
        return out;
    }

    private static boolean compatible(EdgeCase edgeCase, Set<EdgeCase> already) {
        boolean breaking = BREAKING_CASES.contains(edgeCase);
        boolean path = PATH_CASES.contains(edgeCase);
        for (EdgeCase other : already) {
            if (other == edgeCase || breaking && (BREAKING_CASES.contains(other) || PATH_CASES.contains(other))
                    || path && (BREAKING_CASES.contains(other) || PATH_CASES.contains(other))) {
                return false;
            }
        }
        return true;
    }

    private static void drawInto(SplittableRandom random, List<Integer> pool, List<Integer> out, int count) {
        List<Integer> left = new ArrayList<>(pool);
        while (out.size() < count && !left.isEmpty()) {
            out.add(left.remove(random.nextInt(left.size())));
        }
    }

    private Predicate<LoopPlan> eligibility(EdgeCase edgeCase) {
        return switch (edgeCase) {
            case BOM_JSON -> loop -> experimentHasAny(loop, WorkspaceFile.FEEDBACK, WorkspaceFile.FACTOR_PERF);
            case NAN_METRICS, NULL_SHARPE -> loop -> experimentHasAny(loop, WorkspaceFile.FACTOR_PERF);
            case TEXT_FLAGS -> loop -> loop.state().hasResult()
                    && (options.legacySchema() || loop.state().solidified());
            case WINDOWS_PATH, WSL_PATH, FWD_SLASH_WINDOWS_PATH -> this::reachesLoopCatalog;
            case MISSING_WORKSPACE_DIR, DUPLICATE_REPORT_ARTIFACT -> loop -> loop.experiment().isPresent()
                    && (edgeCase != EdgeCase.DUPLICATE_REPORT_ARTIFACT || loop.state().materialized());
            case CORRUPT_JSON -> loop -> experimentHasAny(loop, EdgeCaseEffects.CORRUPTIBLE);
            case SAME_EXPRESSION_DIFFERENT_NAMES, UNICODE_FACTOR_NAMES -> loop -> loop.action() == Action.FACTOR
                    && loop.content().metaShape() != MetaShape.ALPHA && !loop.content().newFactors().isEmpty()
                    && experimentHasAny(loop, WorkspaceFile.FACTOR_META);
            case LEGACY_SCHEMA -> loop -> false;
        };
    }

    /** The loop passes the fork's loop-catalog gates (contract §4.3) and has no bootstrap row to re-hash. */
    private boolean reachesLoopCatalog(LoopPlan loop) {
        boolean listed = options.legacySchema() ? loop.state().hasResult()
                : loop.state().hasResult() && loop.state().solidified();
        boolean noBootstrap = loop.workspaces().stream().noneMatch(w -> w.kind() == WorkspaceKind.BOOTSTRAP);
        return listed && noBootstrap && loop.experiment().filter(w -> w.has(WorkspaceFile.FACTOR_PERF)
                && w.has(WorkspaceFile.FACTOR_META)
                && (w.has(WorkspaceFile.MODEL_PKL) || w.has(WorkspaceFile.MLRUNS))).isPresent();
    }

    private static boolean experimentHasAny(LoopPlan loop, WorkspaceFile... files) {
        return experimentHasAny(loop, List.of(files));
    }

    private static boolean experimentHasAny(LoopPlan loop, List<WorkspaceFile> files) {
        return loop.experiment().filter(w -> files.stream().anyMatch(w::has)).isPresent();
    }

    private static List<TaskRunPlan> regroup(RegistryPlan plan, List<LoopPlan> loops) {
        List<TaskRunPlan> runs = new ArrayList<>();
        int index = 0;
        for (TaskRunPlan run : plan.taskRuns()) {
            runs.add(run.withLoops(loops.subList(index, index + run.loops().size())));
            index += run.loops().size();
        }
        return runs;
    }
}
