/**
 * What goes into a workspace, independent of any one loop's plan: the qlib YAML configs rendered from bundled
 * templates ({@link rdresults.registry.synthetic.content.QlibConfigs}), backtest metrics and the result files qlib
 * writes ({@link rdresults.registry.synthetic.content.QlibMetrics},
 * {@link rdresults.registry.synthetic.content.QlibOutputs}), and the factor.py and model.py code of the factors and
 * models RD-Agent implements ({@link rdresults.registry.synthetic.content.FactorCode},
 * {@link rdresults.registry.synthetic.content.ModelCode}); templates and blobs load from
 * {@code resources/rdresults/registry/synthetic/}. Public for the generator's other packages; not a supported API of
 * its own.
 */
package rdresults.registry.synthetic.content;
