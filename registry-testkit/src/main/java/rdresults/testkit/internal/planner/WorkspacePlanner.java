package rdresults.testkit.internal.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import rdresults.testkit.PathStyle;
import rdresults.testkit.internal.content.ConfigKind;
import rdresults.testkit.internal.content.GeneratedFactor;
import rdresults.testkit.conventions.StoredPaths;
import rdresults.testkit.conventions.SyntheticIds;
import rdresults.testkit.internal.plan.Action;
import rdresults.testkit.internal.plan.ConfigFile;
import rdresults.testkit.internal.plan.LoopContent;
import rdresults.testkit.internal.plan.LoopState;
import rdresults.testkit.internal.plan.LoopTimes;
import rdresults.testkit.internal.plan.WorkspaceFile;
import rdresults.testkit.internal.plan.WorkspaceKind;
import rdresults.testkit.internal.plan.WorkspacePlan;

/**
 * Decides a loop's workspace rows and what each folder holds: coding sub-workspaces, the experiment workspace and
 * now and then a bootstrap row, with the file mix of the bundled sample.
 */
final class WorkspacePlanner {

    private static final List<PathStyle> CONCRETE_STYLES = List.of(PathStyle.WSL, PathStyle.WINDOWS,
            PathStyle.WINDOWS_FWD, PathStyle.POSIX);
    private static final List<String> BOOTSTRAP_STATUSES = Arrays.asList("finished", "unknown", null);

    private final StoredPaths paths;
    private final PathStyle style;

    WorkspacePlanner(StoredPaths paths, PathStyle style) {
        this.paths = paths;
        this.style = style;
    }

    List<WorkspacePlan> plan(SplittableRandom random, RunContext run, int loopId, Action action, LoopState state,
                             LoopTimes times, LoopContent content) {
        if ("running".equals(state.status()) || "failed".equals(state.status()) && Draw.chance(random, 0.5)) {
            return List.of();
        }
        List<WorkspacePlan> out = new ArrayList<>(coding(random, action, state, times, content));
        if ("success".equals(state.status())) {
            WorkspacePlan experiment = experiment(random, run, action, state, times, content);
            out.add(experiment);
            if (state.hasResult() && Draw.chance(random, 0.05)) {
                out.add(bootstrap(random, run.taskRunId(), loopId, action, times, experiment));
            }
        }
        out.sort(Comparator.comparingLong(WorkspacePlan::createdAt));
        return out;
    }

    private List<WorkspacePlan> coding(SplittableRandom random, Action action, LoopState state, LoopTimes times,
                                       LoopContent content) {
        boolean done = state.materialized();
        List<WorkspacePlan> out = new ArrayList<>();
        long created = times.started();
        if (action == Action.MODEL) {
            if (Draw.chance(random, 0.8)) {
                created += Draw.seconds(random, 60, 240);
                Set<WorkspaceFile> files = EnumSet.of(WorkspaceFile.MODEL_PY);
                if (done && Draw.chance(random, 0.85)) {
                    files.add(WorkspaceFile.MODEL_META);
                    files.add(WorkspaceFile.STRATEGY_META);
                }
                out.add(online(random, WorkspaceKind.MODEL_CODING, action, "coding", created,
                        codingUpdated(random, done, created, times), false, List.of(), files, null));
            }
            return out;
        }
        for (GeneratedFactor factor : content.newFactors().subList(0, Math.min(3, content.newFactors().size()))) {
            created += Draw.seconds(random, 20, 150);
            Set<WorkspaceFile> files = EnumSet.of(WorkspaceFile.FACTOR_PY);
            if (done && Draw.chance(random, 0.9)) {
                files.add(WorkspaceFile.STRATEGY_META);
            }
            out.add(online(random, WorkspaceKind.FACTOR_CODING, action, "coding", created,
                    codingUpdated(random, done, created, times), false, List.of(), files, factor));
        }
        return out;
    }

    private static long codingUpdated(SplittableRandom random, boolean done, long created, LoopTimes times) {
        return done ? times.materializedAt() : created + Draw.seconds(random, 180, 720);
    }

    private WorkspacePlan experiment(SplittableRandom random, RunContext run, Action action, LoopState state,
                                     LoopTimes times, LoopContent content) {
        List<ConfigFile> configs = new ArrayList<>(List.of(ConfigFile.of(content.mainConfig())));
        if (action == Action.FACTOR && Draw.chance(random, 0.15)) {
            configs.add(ConfigFile.of(ConfigKind.BASELINE));
        }
        if (Draw.chance(random, 0.05)) {
            String backup = content.mainConfig().fileName().replace(".yaml", "_backup.yaml");
            configs.add(new ConfigFile(backup, content.mainConfig()));
        }
        Set<WorkspaceFile> files = EnumSet.of(WorkspaceFile.READ_EXP_RES);
        if (state.hasResult()) {
            files.addAll(action == Action.FACTOR ? factorOutputs(random) : modelOutputs(random, content));
            files.addAll(analysis(random, action, state.materialized()));
        }
        long created = times.started() + Draw.seconds(random, 120, 480);
        long updated = state.materialized() ? times.materializedAt() : times.ended();
        return online(random, WorkspaceKind.EXPERIMENT, action, run.scenario().finalStep(), created, updated,
                state.materialized(), configs, files, null);
    }

    private static Set<WorkspaceFile> factorOutputs(SplittableRandom random) {
        Set<WorkspaceFile> files = EnumSet.of(WorkspaceFile.PARQUET, WorkspaceFile.QLIB_RES, WorkspaceFile.RET_PKL);
        addIf(random, 0.85, files, WorkspaceFile.MLRUNS);
        addIf(random, 0.55, files, WorkspaceFile.MODEL_PKL);
        addIf(random, 0.3, files, WorkspaceFile.RET_CURVE, WorkspaceFile.DD_CURVE);
        return files;
    }

    private static Set<WorkspaceFile> modelOutputs(SplittableRandom random, LoopContent content) {
        Set<WorkspaceFile> files = EnumSet.of(WorkspaceFile.MODEL_PY, WorkspaceFile.QLIB_RES, WorkspaceFile.RET_PKL);
        addIf(random, 0.95, files, WorkspaceFile.MODEL_PKL);
        addIf(random, 0.9, files, WorkspaceFile.RET_SCHEMA_JSON, WorkspaceFile.SIGNALS_JSON);
        addIf(random, 0.4, files, WorkspaceFile.MLRUNS);
        addIf(random, 0.2, files, WorkspaceFile.RET_CURVE, WorkspaceFile.DD_CURVE);
        if (content.mainConfig() == ConfigKind.SOTA_FACTORS_MODEL) {
            files.add(WorkspaceFile.PARQUET);
        }
        return files;
    }

    /** The backfill's JSON files: complete after a successful materialization, partial otherwise. */
    private static Set<WorkspaceFile> analysis(SplittableRandom random, Action action, boolean materialized) {
        Set<WorkspaceFile> files = EnumSet.noneOf(WorkspaceFile.class);
        if (materialized) {
            files.addAll(List.of(WorkspaceFile.FEEDBACK, WorkspaceFile.WORKSPACE_META,
                    WorkspaceFile.EXPERIMENT_SUMMARY, WorkspaceFile.MANIFEST));
            addIf(random, 0.9, files, WorkspaceFile.STRATEGY_META);
            if (action == Action.FACTOR) {
                files.add(WorkspaceFile.FACTOR_META);
                addIf(random, 0.92, files, WorkspaceFile.FACTOR_PERF);
            } else {
                files.addAll(List.of(WorkspaceFile.FACTOR_PERF, WorkspaceFile.MODEL_META));
                addIf(random, 0.4, files, WorkspaceFile.FACTOR_META);
            }
            return files;
        }
        addIf(random, 0.4, files, WorkspaceFile.FACTOR_PERF, WorkspaceFile.FEEDBACK,
                action == Action.FACTOR ? WorkspaceFile.FACTOR_META : WorkspaceFile.MODEL_META);
        return files;
    }

    private WorkspacePlan bootstrap(SplittableRandom random, String taskRunId, int loopId, Action action,
                                    LoopTimes times, WorkspacePlan experiment) {
        PathStyle rowStyle = rowStyle(random);
        // the scan tool found a folder RD-Agent named, but ids the row by hashing the path it stored
        String folder = SyntheticIds.uuid4Hex(random);
        String stored = paths.workspace(rowStyle, folder);
        String id = SyntheticIds.bootstrapWorkspaceId(taskRunId, loopId, stored);
        long at = Math.max(times.updated(), times.ended()) + Draw.seconds(random, 3600, 48 * 3600);
        String status = Draw.pick(random, BOOTSTRAP_STATUSES);
        String type = Draw.chance(random, 0.5) ? action.key() : null;
        return new WorkspacePlan(id, folder, WorkspaceKind.BOOTSTRAP, type, null, status, rowStyle, stored, at, at, false,
                experiment.configs(), EnumSet.of(WorkspaceFile.READ_EXP_RES), null, Set.of());
    }

    private WorkspacePlan online(SplittableRandom random, WorkspaceKind kind, Action action, String step,
                                 long created, long updated, boolean pointers, List<ConfigFile> configs,
                                 Set<WorkspaceFile> files, GeneratedFactor factor) {
        String id = SyntheticIds.uuid4Hex(random);
        PathStyle rowStyle = rowStyle(random);
        return new WorkspacePlan(id, id, kind, action.key(), step, "success", rowStyle, paths.workspace(rowStyle, id),
                created, updated, pointers, configs, files, factor, Set.of());
    }

    private PathStyle rowStyle(SplittableRandom random) {
        return style == PathStyle.MIXED ? Draw.pick(random, CONCRETE_STYLES) : style;
    }

    private static void addIf(SplittableRandom random, double probability, Set<WorkspaceFile> files,
                              WorkspaceFile... candidates) {
        if (Draw.chance(random, probability)) {
            files.addAll(List.of(candidates));
        }
    }
}
