/**
 * The registry to generate, decided before anything is written: a
 * {@link rdresults.testkit.internal.plan.RegistryPlan} of task runs, their loops
 * ({@link rdresults.testkit.internal.plan.LoopPlan}: state, timeline, content) and each loop's workspace rows with
 * the files their folders hold ({@link rdresults.testkit.internal.plan.WorkspacePlan}). Immutable values; public
 * for the generator's other packages; not a supported API of its own.
 */
package rdresults.testkit.internal.plan;
