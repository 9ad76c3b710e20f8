package rdresults.testkit.internal.planner;

import java.util.ArrayList;
import java.util.List;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.EdgeCaseHit;
import rdresults.testkit.PathStyle;
import rdresults.testkit.internal.content.FactorTemplate;
import rdresults.testkit.internal.content.GeneratedFactor;
import rdresults.testkit.conventions.StoredPaths;
import rdresults.testkit.conventions.SyntheticIds;
import rdresults.testkit.internal.plan.LoopContent;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.WorkspaceFile;
import rdresults.testkit.internal.plan.WorkspaceKind;
import rdresults.testkit.internal.plan.WorkspacePlan;

/** What planting one edge case changes in a loop plan, and how the plant is reported. */
public final class EdgeCaseEffects {

    /** Files {@link EdgeCase#CORRUPT_JSON} may cut, most consequential first. */
    static final List<WorkspaceFile> CORRUPTIBLE = List.of(WorkspaceFile.FACTOR_PERF, WorkspaceFile.FEEDBACK,
            WorkspaceFile.FACTOR_META, WorkspaceFile.WORKSPACE_META);
    public static final List<WorkspaceFile> BOM_FILES = List.of(WorkspaceFile.FACTOR_PERF, WorkspaceFile.FEEDBACK);

    /** A factor name no identifier rule survives: CJK, a slash and spaces. */
    public static final String UNICODE_FACTOR_NAME = "量价相关/背离 因子 20D";

    private EdgeCaseEffects() {
    }

    static LoopPlan apply(EdgeCase edgeCase, LoopPlan loop, StoredPaths paths) {
        LoopPlan marked = loop.withEdgeCase(edgeCase);
        LoopContent content = marked.content();
        return switch (edgeCase) {
            case NAN_METRICS -> marked.withContent(content.withMetrics(content.metrics().withNaN()));
            case NULL_SHARPE -> marked.withContent(content.withMetrics(content.metrics().withoutInformationRatio()));
            case SAME_EXPRESSION_DIFFERENT_NAMES -> {
                GeneratedFactor original = content.newFactors().get(0);
                GeneratedFactor alias = new GeneratedFactor("Alt_" + original.name(), original.template(),
                        original.window(), original.bareFunctionName());
                yield marked.withContent(content.withExtraFactor(alias));
            }
            case UNICODE_FACTOR_NAMES -> marked.withContent(content.withExtraFactor(new GeneratedFactor(
                    UNICODE_FACTOR_NAME, template("Price_Volume_Corr"), 20, false)));
            case WINDOWS_PATH -> restyle(marked, PathStyle.WINDOWS, paths);
            case WSL_PATH -> restyle(marked, PathStyle.WSL, paths);
            case FWD_SLASH_WINDOWS_PATH -> restyle(marked, PathStyle.WINDOWS_FWD, paths);
            case BOM_JSON, CORRUPT_JSON, MISSING_WORKSPACE_DIR, DUPLICATE_REPORT_ARTIFACT -> marked.withWorkspaces(
                    w -> w.kind() == WorkspaceKind.EXPERIMENT ? w.withEdgeCase(edgeCase) : w);
            case TEXT_FLAGS, LEGACY_SCHEMA -> marked;
        };
    }

    static List<EdgeCaseHit> hits(EdgeCase edgeCase, LoopPlan loop) {
        String run = loop.taskRunId();
        int id = loop.loopId();
        WorkspacePlan experiment = loop.experiment().orElse(null);
        return switch (edgeCase) {
            case BOM_JSON -> {
                List<EdgeCaseHit> out = new ArrayList<>();
                for (WorkspaceFile file : BOM_FILES) {
                    if (experiment.has(file)) {
                        out.add(EdgeCaseHit.ofFile(run, id, experiment.workspaceId(), file.fileName()));
                    }
                }
                yield out;
            }
            case CORRUPT_JSON -> List.of(EdgeCaseHit.ofFile(run, id, experiment.workspaceId(),
                    corruptedFile(experiment).fileName()));
            case MISSING_WORKSPACE_DIR, DUPLICATE_REPORT_ARTIFACT -> List.of(
                    EdgeCaseHit.ofWorkspace(run, id, experiment.workspaceId()));
            default -> List.of(EdgeCaseHit.ofLoop(run, id));
        };
    }

    /** The file {@link EdgeCase#CORRUPT_JSON} truncates in this workspace. */
    public static WorkspaceFile corruptedFile(WorkspacePlan workspace) {
        return CORRUPTIBLE.stream().filter(workspace::has).findFirst().orElseThrow(
                () -> new IllegalStateException("no JSON file to corrupt in " + workspace.workspaceId()));
    }

    private static LoopPlan restyle(LoopPlan loop, PathStyle style, StoredPaths paths) {
        return loop.withWorkspaces(w -> {
            String stored = paths.workspace(style, w.folder());
            String id = w.kind() == WorkspaceKind.BOOTSTRAP
                    ? SyntheticIds.bootstrapWorkspaceId(loop.taskRunId(), loop.loopId(), stored) : w.workspaceId();
            return w.withPath(style, stored, id);
        });
    }

    private static FactorTemplate template(String stem) {
        return FactorVocabulary.TEMPLATES.stream().filter(t -> t.stem().equals(stem)).findFirst().orElseThrow();
    }
}
