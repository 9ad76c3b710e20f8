package rdresults.testkit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to generate. The same options always give the same files and rows.
 *
 * @param taskRuns        number of task runs ({@code >= 1})
 * @param loopsPerRun     loops per task run ({@code >= 1})
 * @param seed            seed of every random choice
 * @param pathStyle       how stored absolute paths look
 * @param edgeCases       irregularities to plant (see {@link EdgeCase})
 * @param legacySchema    create the tables without the migrated columns; kept in sync with
 *                        {@link EdgeCase#LEGACY_SCHEMA} in {@code edgeCases}
 * @param fillLoopMetrics fill {@code loops} metric columns, {@code metrics_json} and {@code best_workspace_id} as
 *                        the bundled sample does; the fork itself leaves them NULL (contract §1.4, §8.2)
 */
public record SyntheticRegistryOptions(int taskRuns, int loopsPerRun, long seed, PathStyle pathStyle,
                                       Set<EdgeCase> edgeCases, boolean legacySchema, boolean fillLoopMetrics) {

    public SyntheticRegistryOptions {
        if (taskRuns < 1) {
            throw new IllegalArgumentException("taskRuns must be at least 1, was " + taskRuns);
        }
        if (loopsPerRun < 1) {
            throw new IllegalArgumentException("loopsPerRun must be at least 1, was " + loopsPerRun);
        }
        if (pathStyle == null) {
            throw new IllegalArgumentException("pathStyle is required");
        }
        EnumSet<EdgeCase> cases = EnumSet.noneOf(EdgeCase.class);
        if (edgeCases != null) {
            cases.addAll(edgeCases);
        }
        legacySchema = legacySchema || cases.contains(EdgeCase.LEGACY_SCHEMA);
        if (legacySchema) {
            cases.add(EdgeCase.LEGACY_SCHEMA);
        }
        // an enum set iterates in declaration order in every JVM; Set.copyOf would not
        edgeCases = Collections.unmodifiableSet(cases);
    }

    /** The sample's shape: 3 task runs of 8 loops, seed 7, WSL paths, no edge cases, metric columns NULL. */
    public static SyntheticRegistryOptions defaults() {
        return new SyntheticRegistryOptions(3, 8, 7L, PathStyle.WSL, Set.of(), false, false);
    }

    public SyntheticRegistryOptions withSize(int newTaskRuns, int newLoopsPerRun) {
        return new SyntheticRegistryOptions(newTaskRuns, newLoopsPerRun, seed, pathStyle, edgeCases, legacySchema,
                fillLoopMetrics);
    }

    public SyntheticRegistryOptions withSeed(long newSeed) {
        return new SyntheticRegistryOptions(taskRuns, loopsPerRun, newSeed, pathStyle, edgeCases, legacySchema,
                fillLoopMetrics);
    }

    public SyntheticRegistryOptions withPathStyle(PathStyle newStyle) {
        return new SyntheticRegistryOptions(taskRuns, loopsPerRun, seed, newStyle, edgeCases, legacySchema,
                fillLoopMetrics);
    }

    /** Replaces the edge cases; {@link EdgeCase#LEGACY_SCHEMA} in the set also switches on the legacy schema. */
    public SyntheticRegistryOptions withEdgeCases(Set<EdgeCase> newCases) {
        return new SyntheticRegistryOptions(taskRuns, loopsPerRun, seed, pathStyle, newCases,
                newCases.contains(EdgeCase.LEGACY_SCHEMA), fillLoopMetrics);
    }

    public SyntheticRegistryOptions withFillLoopMetrics(boolean fill) {
        return new SyntheticRegistryOptions(taskRuns, loopsPerRun, seed, pathStyle, edgeCases, legacySchema, fill);
    }

    public boolean has(EdgeCase edgeCase) {
        return edgeCases.contains(edgeCase);
    }
}
