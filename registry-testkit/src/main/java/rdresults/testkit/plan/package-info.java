/**
 * The registry to generate, decided before anything is written: a
 * {@link rdresults.testkit.plan.RegistryPlan} of task runs, their loops
 * ({@link rdresults.testkit.plan.LoopPlan}: state, timeline, content) and each loop's workspace rows with
 * the files their folders hold ({@link rdresults.testkit.plan.WorkspacePlan}). Immutable values; public
 * for the generator's other packages; not a supported API of its own.
 */
package rdresults.testkit.plan;
