/**
 * What goes into a workspace, independent of any one loop's plan: the qlib YAML configs rendered from bundled
 * templates ({@link rdresults.testkit.internal.content.QlibConfigs}), backtest metrics and the result files qlib
 * writes ({@link rdresults.testkit.internal.content.QlibMetrics},
 * {@link rdresults.testkit.internal.content.QlibOutputs}), and the factor.py and model.py code of the factors and
 * models RD-Agent implements ({@link rdresults.testkit.internal.content.FactorCode},
 * {@link rdresults.testkit.internal.content.ModelCode}); templates and blobs load from
 * {@code resources/rdresults/testkit/}. Public for the generator's other packages; not a supported API of
 * its own.
 */
package rdresults.testkit.internal.content;
