package rdresults.testkit.internal.planner;

import java.util.List;
import rdresults.testkit.internal.plan.Scenario;

/**
 * What the loops of one task run share.
 *
 * @param runIndex     position of the run, part of every loop's random stream coordinate
 * @param logDir       the value the run's loops store in {@code log_dir}
 * @param sotaFactors  factor names accepted so far in this run (QuantRDLoop carries them into later loops)
 */
record RunContext(int runIndex, String taskRunId, Scenario scenario, String status, int loops, String logDir,
                  List<String> sotaFactors) {

    RunContext {
        sotaFactors = List.copyOf(sotaFactors);
    }

    RunContext withSota(List<String> factors) {
        return new RunContext(runIndex, taskRunId, scenario, status, loops, logDir, factors);
    }
}
