/**
 * What {@code FactorPublisher} works from and decides: loops read from the registry with their workspace folders
 * resolved ({@link rdresults.factorlib.internal.publish.LoopReader}), the factor implementations found in those folders
 * ({@link rdresults.factorlib.internal.publish.FactorSources}), and the plan of what a publish writes, leaves unchanged or
 * supersedes ({@link rdresults.factorlib.internal.publish.PublishPlanner}). Public for the {@code rdresults.factorlib}
 * facade; not a supported API of its own.
 */
package rdresults.factorlib.internal.publish;
