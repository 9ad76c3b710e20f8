/**
 * Deterministic synthetic RD-Agent registries for tests and benchmarks.
 *
 * <p>Public API: {@link rdresults.registry.synthetic.SyntheticRegistryGenerator} with
 * {@link rdresults.registry.synthetic.SyntheticRegistryOptions}, {@link rdresults.registry.synthetic.PathStyle} and
 * {@link rdresults.registry.synthetic.EdgeCase} (and optionally a
 * {@link rdresults.registry.synthetic.GenerationProgress}), returning {@link rdresults.registry.synthetic.GeneratedRegistry}
 * ({@link rdresults.registry.synthetic.RegistryCounts}, {@link rdresults.registry.synthetic.EdgeCaseHit}); and
 * {@link rdresults.registry.synthetic.ConcurrentRegistryWriter} for writes that race readers. Failures are
 * {@link rdresults.registry.synthetic.SyntheticRegistryException} (a {@code RegistryException}), and
 * {@link rdresults.registry.synthetic.RegistryExistsException} when the output already holds a registry.
 *
 * <p>Every other type is package-private and unsupported: planning ({@code *Planner}, {@code *Plan}), file content
 * ({@code WorkspaceDocuments}, {@code QlibOutputs}, {@code QlibConfigs}, {@code FactorCode}, templates under
 * {@code resources/rdresults/registry/synthetic/}), database rows ({@code SyntheticSchema}, {@code RegistryRowWriter},
 * {@code ArtifactRows}) and the fork's ID and time conventions ({@code SyntheticIds}, {@code EpochMicros}). JSON,
 * float spellings, timestamps and uuid5 come from the shared {@code rdresults.model} building blocks.
 */
package rdresults.registry.synthetic;
