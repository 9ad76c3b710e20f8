package rdresults.testkit.internal.content;

import java.util.List;

/**
 * The values that differ between one loop's workspace YAMLs and the next.
 *
 * @param market        {@code market} anchor value
 * @param benchmarkYaml {@code benchmark} anchor as written (some templates quote it)
 * @param colList       FilterCol columns: the Alpha158 subset plus the loop's factors
 * @param enhanced      EnhancedTopkDropoutStrategy instead of qlib's TopkDropoutStrategy
 */
public record QlibConfig(String market, String benchmarkYaml, List<String> colList, boolean enhanced, int topk,
                         int nDrop, String openCost, String closeCost, String learningRate, int numLeaves, int nEpochs,
                         YamlNumber lr, int earlyStop, int batchSize, YamlNumber weightDecay) {

    public QlibConfig {
        colList = List.copyOf(colList);
    }

    public QlibConfig withColList(List<String> columns) {
        return new QlibConfig(market, benchmarkYaml, columns, enhanced, topk, nDrop, openCost, closeCost,
                learningRate, numLeaves, nEpochs, lr, earlyStop, batchSize, weightDecay);
    }
}
