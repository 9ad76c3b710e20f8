package rdresults.testkit.internal.planner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import rdresults.testkit.PathStyle;
import rdresults.testkit.SyntheticRegistryOptions;
import rdresults.testkit.conventions.EpochMicros;
import rdresults.testkit.conventions.StoredPaths;
import rdresults.testkit.conventions.SyntheticIds;
import rdresults.testkit.internal.plan.Action;
import rdresults.testkit.internal.plan.Feedback;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.RegistryPlan;
import rdresults.testkit.internal.plan.Scenario;
import rdresults.testkit.internal.plan.TaskRunPlan;

/**
 * Plans all task runs: one after the other from a fixed base time (never the clock), loops chained within a run.
 */
public final class RegistryPlanner {

    /** Where the first run starts: the week the bundled sample covers. */
    public static final long BASE_MICROS = EpochMicros.of(Instant.parse("2025-10-13T08:00:00Z"));

    private static final List<PathStyle> CONCRETE_STYLES = List.of(PathStyle.WSL, PathStyle.WINDOWS,
            PathStyle.WINDOWS_FWD, PathStyle.POSIX);

    private final SyntheticRegistryOptions options;
    private final StoredPaths paths;
    private final LoopPlanner loops;

    public RegistryPlanner(SyntheticRegistryOptions options, StoredPaths paths) {
        this.options = options;
        this.paths = paths;
        this.loops = new LoopPlanner(options.seed(), new WorkspacePlanner(paths, options.pathStyle()));
    }

    public RegistryPlan plan() {
        List<TaskRunPlan> runs = new ArrayList<>(options.taskRuns());
        long cursor = BASE_MICROS;
        for (int run = 0; run < options.taskRuns(); run++) {
            TaskRunPlan planned = planRun(run, cursor);
            runs.add(planned);
            cursor = planned.updatedAt() + Draw.seconds(Draw.stream(options.seed(), run, -1), 3600, 8 * 3600);
        }
        return new RegistryPlan(runs, Map.of());
    }

    private TaskRunPlan planRun(int runIndex, long start) {
        SplittableRandom random = Draw.stream(options.seed(), runIndex, -2);
        String taskRunId = SyntheticIds.uuid4Hex(random);
        double s = random.nextDouble();
        Scenario scenario = s < 0.4 ? Scenario.QUANT : s < 0.75 ? Scenario.FACTOR : Scenario.MODEL;
        double st = random.nextDouble();
        String status = st < 0.75 ? "success" : st < 0.85 ? "running" : st < 0.93 ? "aborted" : "failed";
        long created = start + Draw.seconds(random, 0, 600);
        PathStyle logStyle = options.pathStyle() == PathStyle.MIXED ? Draw.pick(random, CONCRETE_STYLES)
                : options.pathStyle();
        String trace = paths.log(logStyle, EpochMicros.logFolderName(created));
        String logDir = Draw.chance(random, 0.5) ? trace : paths.logRoot(logStyle);
        String gitSha = Draw.pick(random, LoopVocabulary.GIT_SHAS);
        String version = Draw.chance(random, 0.5) ? LoopVocabulary.RDAGENT_VERSION : null;

        RunContext context = new RunContext(runIndex, taskRunId, scenario, status, options.loopsPerRun(), logDir,
                List.of());
        List<LoopPlan> planned = new ArrayList<>(options.loopsPerRun());
        long cursor = created + Draw.seconds(random, 20, 90);
        for (int loopId = 0; loopId < options.loopsPerRun(); loopId++) {
            LoopPlan loop = loops.plan(context, loopId, cursor);
            planned.add(loop);
            cursor = loop.times().ended();
            context = context.withSota(sotaAfter(context.sotaFactors(), loop));
        }
        long updated = cursor + Draw.seconds(random, 10, 60);
        return new TaskRunPlan(taskRunId, scenario, status, created, updated, gitSha, version, trace, planned);
    }

    /** Factors of accepted factor loops become the SOTA set later loops of the run build on (at most three). */
    private static List<String> sotaAfter(List<String> sota, LoopPlan loop) {
        Feedback feedback = loop.content().feedback();
        if (loop.action() != Action.FACTOR || feedback == null || !Boolean.TRUE.equals(feedback.decision())) {
            return sota;
        }
        List<String> next = new ArrayList<>(sota);
        loop.content().newFactors().forEach(f -> {
            next.remove(f.name());
            next.add(f.name());
        });
        return List.copyOf(next.subList(Math.max(0, next.size() - 3), next.size()));
    }
}
