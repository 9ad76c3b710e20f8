package rdresults.registry.synthetic;

/** Row and file counts of a generated registry, as written to GENERATED_BY.json. */
public record RegistryCounts(int taskRuns, int loops, int loopsWithResult, int loopsSolidified, int workspaces,
                             int artifacts, int artifactFiles, int factorRegistry, int files) {
}
