package rdresults.registry;

import java.util.Map;

/**
 * Row counts of one registry: per table, task runs and loops per status, loops per action, and how many loops
 * have results or are solidified. Null or empty values are counted under {@code "(none)"}.
 */
public record RegistryStats(
        Map<String, Long> rowsPerTable,
        Map<String, Long> taskRunsPerStatus,
        Map<String, Long> loopsPerStatus,
        Map<String, Long> loopsPerAction,
        long loopsWithResult,
        long loopsSolidified) {

    public RegistryStats {
        rowsPerTable = Map.copyOf(rowsPerTable);
        taskRunsPerStatus = Map.copyOf(taskRunsPerStatus);
        loopsPerStatus = Map.copyOf(loopsPerStatus);
        loopsPerAction = Map.copyOf(loopsPerAction);
    }
}
