/**
 * Deterministic synthetic RD-Agent registries for tests and benchmarks.
 *
 * <p>Public API: {@link rdresults.testkit.SyntheticRegistryGenerator} with
 * {@link rdresults.testkit.SyntheticRegistryOptions}, {@link rdresults.testkit.PathStyle} and
 * {@link rdresults.testkit.EdgeCase} (and optionally a
 * {@link rdresults.testkit.GenerationProgress}), returning
 * {@link rdresults.testkit.GeneratedRegistry} ({@link rdresults.testkit.RegistryCounts},
 * {@link rdresults.testkit.EdgeCaseHit}); and {@link rdresults.testkit.ConcurrentRegistryWriter}
 * for writes that race readers. Failures are {@link rdresults.testkit.SyntheticRegistryException} (a
 * {@code RegistryException}), and {@link rdresults.testkit.RegistryExistsException} when the output already
 * holds a registry.
 *
 * <p>The package-private rest drives a generation: writing loops on a few threads and handing their rows over in plan
 * order ({@code LoopWriter}, {@code ParallelLoopWriter}), and GENERATED_BY.json ({@code GeneratedByWriter}). The
 * sub-packages are internals, public only for this package and each other: {@code conventions} (the fork's IDs, time
 * and stored paths), {@code content} (qlib configs, metrics and outputs, factor and model code, templates under
 * {@code resources/rdresults/testkit/}), {@code plan} (the registry decided before writing),
 * {@code planner} (planning loops, planting edge cases), {@code workspace} (writing workspace folders) and
 * {@code database} (schema, rows, bulk insert, live mutations). JSON, float spellings, timestamps and uuid5 come from
 * the shared {@code rdresults.model} building blocks.
 */
package rdresults.testkit;
