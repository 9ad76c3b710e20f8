package rdresults.testkit.internal.plan;

import java.util.ArrayList;
import java.util.List;
import rdresults.testkit.internal.content.ConfigKind;
import rdresults.testkit.internal.content.GeneratedFactor;
import rdresults.testkit.internal.content.ModelKind;
import rdresults.testkit.internal.content.QlibConfig;
import rdresults.testkit.internal.content.QlibMetrics;

/**
 * What the loop produced. {@code model} is null for factor loops; {@code metrics} and {@code feedback} are null
 * when the loop has no result.
 *
 * @param newFactors     factors implemented in this loop (factor loops)
 * @param carriedFactors SOTA factor names carried over from earlier loops of a QuantRDLoop run
 * @param junkMetricKeys factor_perf metrics carry the DictReader junk keys {@code ""} and {@code "0"}
 * @param mainConfig     the YAML the experiment ran with
 * @param contentSeed    seed for bulk numbers (signals, returns) drawn while writing files
 */
public record LoopContent(List<GeneratedFactor> newFactors, List<String> carriedFactors, ModelKind model,
                          MetaShape metaShape, boolean junkMetricKeys, QlibMetrics metrics, Feedback feedback,
                          ConfigKind mainConfig, QlibConfig config, long contentSeed) {

    public LoopContent {
        newFactors = List.copyOf(newFactors);
        carriedFactors = List.copyOf(carriedFactors);
    }

    public LoopContent withMetrics(QlibMetrics newMetrics) {
        return new LoopContent(newFactors, carriedFactors, model, metaShape, junkMetricKeys, newMetrics, feedback,
                mainConfig, config, contentSeed);
    }

    /** Adds a factor and its column to the YAML's FilterCol list, as RD-Agent would. */
    public LoopContent withExtraFactor(GeneratedFactor factor) {
        List<GeneratedFactor> factors = new ArrayList<>(newFactors);
        factors.add(factor);
        List<String> columns = new ArrayList<>(config.colList());
        columns.add(factor.name());
        return new LoopContent(factors, carriedFactors, model, metaShape, junkMetricKeys, metrics, feedback,
                mainConfig, config.withColList(columns), contentSeed);
    }
}
