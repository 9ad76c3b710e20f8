package rdresults.testkit.internal.planner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import rdresults.testkit.internal.content.Alpha158Subset;
import rdresults.testkit.internal.content.ConfigKind;
import rdresults.testkit.internal.content.FactorTemplate;
import rdresults.testkit.internal.content.GeneratedFactor;
import rdresults.testkit.internal.content.ModelKind;
import rdresults.testkit.internal.content.QlibConfig;
import rdresults.testkit.internal.content.QlibMetrics;
import rdresults.testkit.internal.content.YamlNumber;
import rdresults.testkit.conventions.SyntheticIds;
import rdresults.testkit.internal.plan.Action;
import rdresults.testkit.internal.plan.Feedback;
import rdresults.testkit.internal.plan.LoopContent;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.LoopState;
import rdresults.testkit.internal.plan.LoopTimes;
import rdresults.testkit.internal.plan.MetaShape;
import rdresults.testkit.internal.plan.Scenario;
import rdresults.testkit.internal.plan.WorkspacePlan;

/**
 * Decides one loop: status, timeline, factors or model, metrics and feedback. The value mix follows the bundled
 * sample and contract §1.4 (status running/success/failed, materialization running/done/failed/pending, solidified
 * loops with dashed asset bundle ids, sync pending/synced).
 */
final class LoopPlanner {

    private static final List<List<String>> MARKETS = List.of(List.of("all", "\"000300.SH\""),
            List.of("csi300", "SH000300"), List.of("csi500", "\"000905.SH\""));
    private static final List<YamlNumber> LEARNING_RATES = Stream.of("2e-05", "0.0005", "1e-4", "0.001")
            .map(YamlNumber::of).toList();
    private static final List<YamlNumber> WEIGHT_DECAYS = Stream.of("0.0", "0.0001").map(YamlNumber::of).toList();

    private final long seed;
    private final WorkspacePlanner workspaces;

    LoopPlanner(long seed, WorkspacePlanner workspaces) {
        this.seed = seed;
        this.workspaces = workspaces;
    }

    LoopPlan plan(RunContext run, int loopId, long notBefore) {
        SplittableRandom random = Draw.stream(seed, run.runIndex(), loopId);
        Action action = switch (run.scenario()) {
            case FACTOR -> Action.FACTOR;
            case MODEL -> Action.MODEL;
            case QUANT -> Draw.chance(random, 0.7) ? Action.FACTOR : Action.MODEL;
        };
        boolean last = loopId == run.loops() - 1;
        String status = "running".equals(run.status()) && last ? "running"
                : Draw.chance(random, 0.08) ? "failed" : "success";
        boolean hasResult = "success".equals(status) && !Draw.chance(random, 0.06);
        LoopTimes times = times(random, status, notBefore);
        LoopState state = state(random, run, action, status, hasResult);
        times = finishTimes(random, times, state);
        LoopContent content = content(random, run, action, hasResult);
        List<WorkspacePlan> planned = workspaces.plan(random, run, loopId, action, state, times, content);
        return new LoopPlan(run.taskRunId(), loopId, run.scenario(), action, state, times, content, planned,
                Set.of());
    }

    private static LoopTimes times(SplittableRandom random, String status, long notBefore) {
        long started = notBefore + Draw.seconds(random, 5, 90);
        long ended = Draw.sometimesWholeSecond(random, started + ("running".equals(status)
                ? Draw.seconds(random, 300, 900) : Draw.seconds(random, 12 * 60, 70 * 60)));
        return new LoopTimes(started, ended, 0, 0, ended);
    }

    private static LoopState state(SplittableRandom random, RunContext run, Action action, String status,
                                   boolean hasResult) {
        String errorType = null;
        String errorMessage = null;
        if ("failed".equals(status)) {
            List<String> error = Draw.pick(random,
                    action == Action.FACTOR ? LoopVocabulary.FACTOR_ERRORS : LoopVocabulary.MODEL_ERRORS);
            errorType = error.get(0);
            errorMessage = error.get(1);
        }
        String logDir = switch (status) {
            case "success" -> run.logDir();
            case "failed" -> Draw.chance(random, 0.5) ? run.logDir() : null;
            default -> null;
        };
        String materialization = null;
        String materializationError = null;
        if (hasResult) {
            double r = random.nextDouble();
            materialization = r < 0.70 ? "done" : r < 0.80 ? "pending" : r < 0.86 ? "failed" : r < 0.88 ? "running"
                    : null;
            if ("failed".equals(materialization)) {
                materializationError = Draw.pick(random, LoopVocabulary.MATERIALIZATION_ERRORS);
            }
        }
        boolean solidified = hasResult && ("done".equals(materialization) ? Draw.chance(random, 0.6)
                : materialization == null && Draw.chance(random, 0.1));
        String bundle = solidified ? SyntheticIds.uuid4Dashed(random) : null;
        String sync = solidified ? (Draw.chance(random, 0.25) ? "synced" : "pending") : null;
        return new LoopState(status, hasResult, errorType, errorMessage, logDir, materialization,
                materializationError, bundle, sync);
    }

    private static LoopTimes finishTimes(SplittableRandom random, LoopTimes times, LoopState state) {
        long materialized = state.materializationStatus() == null ? 0
                : Draw.sometimesWholeSecond(random, times.ended() + Draw.seconds(random, 2 * 3600, 36 * 3600));
        long solidified = state.solidified()
                ? Math.max(times.ended(), materialized) + Draw.seconds(random, 600, 3 * 3600) : 0;
        long updated = Math.max(times.ended(), Math.max(materialized, solidified));
        return new LoopTimes(times.started(), times.ended(), materialized, solidified, updated);
    }

    private static LoopContent content(SplittableRandom random, RunContext run, Action action, boolean hasResult) {
        List<GeneratedFactor> factors = action == Action.FACTOR ? drawFactors(random) : List.of();
        ModelKind model = action == Action.MODEL ? Draw.pick(random, List.of(ModelKind.values())) : null;
        List<String> carried = run.scenario() != Scenario.QUANT ? List.of() : run.sotaFactors().stream()
                .filter(name -> factors.stream().noneMatch(f -> f.name().equals(name))).toList();
        ConfigKind main = action == Action.MODEL
                ? (!carried.isEmpty() && Draw.chance(random, 0.5) ? ConfigKind.SOTA_FACTORS_MODEL
                    : ConfigKind.BASELINE_FACTORS_MODEL)
                : Draw.chance(random, 0.25) ? ConfigKind.COMBINED_FACTORS_DYNAMIC : ConfigKind.COMBINED_FACTORS;
        QlibConfig config = config(random, main, factors, carried);
        MetaShape shape = action == Action.MODEL ? MetaShape.FULL
                : main == ConfigKind.COMBINED_FACTORS_DYNAMIC && Draw.chance(random, 0.5) ? MetaShape.ALPHA
                : Draw.chance(random, 0.2) ? MetaShape.BARE : MetaShape.FULL;
        boolean junk = Draw.chance(random, 0.5);
        QlibMetrics metrics = hasResult ? QlibMetrics.draw(random) : null;
        Feedback feedback = null;
        if (hasResult) {
            String subject = model != null ? model.displayName() : factors.get(0).name();
            int window = model != null ? 20 : factors.get(0).window();
            feedback = Draw.chance(random, 0.3) ? Feedback.withoutLog()
                    : FeedbackTexts.draw(random, subject, metrics, config.market(), config.colList().size(), window);
        }
        return new LoopContent(factors, carried, model, shape, junk, metrics, feedback, main, config,
                random.nextLong());
    }

    private static List<GeneratedFactor> drawFactors(SplittableRandom random) {
        int count = 1 + random.nextInt(4);
        Set<String> names = new HashSet<>();
        List<GeneratedFactor> out = new ArrayList<>(count);
        while (out.size() < count) {
            FactorTemplate template = Draw.pick(random, FactorVocabulary.TEMPLATES);
            int window = Draw.pick(random, FactorVocabulary.WINDOWS);
            if (names.add(template.name(window))) {
                out.add(new GeneratedFactor(template.name(window), template, window, Draw.chance(random, 0.2)));
            }
        }
        return out;
    }

    private static QlibConfig config(SplittableRandom random, ConfigKind main, List<GeneratedFactor> factors,
                                     List<String> carried) {
        List<String> market = Draw.pick(random, MARKETS);
        List<String> columns = new ArrayList<>(Alpha158Subset.NAMES);
        factors.forEach(f -> columns.add(f.name()));
        if (main == ConfigKind.SOTA_FACTORS_MODEL) {
            columns.addAll(carried);
        }
        boolean cheap = Draw.chance(random, 0.3);
        return new QlibConfig(market.get(0), market.get(1), columns, Draw.chance(random, 0.8),
                Draw.chance(random, 0.75) ? 50 : 100, Draw.chance(random, 0.7) ? 5 : 3,
                cheap ? "0.0001" : "0.0005", cheap ? "0.0001" : "0.0015",
                Draw.pick(random, List.of("0.05", "0.1", "0.2")), Draw.pick(random, List.of(64, 128, 210)),
                Draw.pick(random, List.of(50, 100)), Draw.pick(random, LEARNING_RATES),
                Draw.pick(random, List.of(10, 20)), Draw.pick(random, List.of(256, 800, 2000)),
                Draw.pick(random, WEIGHT_DECAYS));
    }
}
