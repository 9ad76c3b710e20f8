/**
 * Deciding the registry from the options and the seed: task runs one after another from a fixed base time
 * ({@link rdresults.testkit.internal.planner.RegistryPlanner}), each loop's status, timeline, factors or model,
 * metrics and feedback, and its workspace rows, all drawn from per-loop random streams with the vocabularies of real
 * runs; then the enabled edge cases planted on a few loops
 * ({@link rdresults.testkit.internal.planner.EdgeCaseAssigner}). Public for the generator; not a supported API of
 * its own.
 */
package rdresults.testkit.internal.planner;
