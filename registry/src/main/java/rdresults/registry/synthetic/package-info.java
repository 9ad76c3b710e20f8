/**
 * Deterministic synthetic RD-Agent registries for tests and benchmarks.
 *
 * <p>Public API: {@link rdresults.registry.synthetic.SyntheticRegistryGenerator} with
 * {@link rdresults.registry.synthetic.SyntheticRegistryOptions}, {@link rdresults.registry.synthetic.PathStyle} and
 * {@link rdresults.registry.synthetic.EdgeCase} (and optionally a
 * {@link rdresults.registry.synthetic.GenerationProgress}), returning
 * {@link rdresults.registry.synthetic.GeneratedRegistry} ({@link rdresults.registry.synthetic.RegistryCounts},
 * {@link rdresults.registry.synthetic.EdgeCaseHit}); and {@link rdresults.registry.synthetic.ConcurrentRegistryWriter}
 * for writes that race readers. Failures are {@link rdresults.registry.synthetic.SyntheticRegistryException} (a
 * {@code RegistryException}), and {@link rdresults.registry.synthetic.RegistryExistsException} when the output already
 * holds a registry.
 *
 * <p>The package-private rest drives a generation: writing loops on a few threads and handing their rows over in plan
 * order ({@code LoopWriter}, {@code ParallelLoopWriter}), and GENERATED_BY.json ({@code GeneratedByWriter}). The
 * sub-packages are internals, public only for this package and each other: {@code conventions} (the fork's IDs, time
 * and stored paths), {@code content} (qlib configs, metrics and outputs, factor and model code, templates under
 * {@code resources/rdresults/registry/synthetic/}), {@code plan} (the registry decided before writing),
 * {@code planner} (planning loops, planting edge cases), {@code workspace} (writing workspace folders) and
 * {@code database} (schema, rows, bulk insert, live mutations). JSON, float spellings, timestamps and uuid5 come from
 * the shared {@code rdresults.model} building blocks.
 */
package rdresults.registry.synthetic;
