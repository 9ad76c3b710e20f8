package rdresults.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import rdresults.testkit.internal.content.QlibConfigs;
import rdresults.testkit.conventions.StoredPaths;
import rdresults.testkit.internal.database.RegistryRowWriter;
import rdresults.testkit.internal.database.WorkspaceArtifacts;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.LoopState;
import rdresults.testkit.internal.plan.RegistryPlan;
import rdresults.testkit.internal.planner.EdgeCaseAssigner;
import rdresults.testkit.internal.planner.RegistryPlanner;

/**
 * Generates a synthetic RD-Agent repository root: {@code RDagentDB/registry.sqlite} with the contract §1.2 schema,
 * the workspace folders under {@code git_ignore_folder/RD-Agent_workspace/}, the repository-level Alpha158 YAML and
 * {@code GENERATED_BY.json}. Shapes, value domains and texts follow the bundled sample (examples/sample).
 *
 * <p>Output is a pure function of the options: no clock, no {@code UUID.randomUUID()}, no unordered iteration. With
 * {@link PathStyle#WSL}, {@link PathStyle#WINDOWS} and {@link PathStyle#WINDOWS_FWD} the output does not depend on
 * where it is written either ({@link PathStyle#POSIX}, also one of {@link PathStyle#MIXED}'s choices, stores the
 * real path).
 *
 * <pre>{@code
 * GeneratedRegistry registry = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults().withSize(20, 500))
 *         .generate(Path.of("/tmp/repo"));
 * }</pre>
 */
public final class SyntheticRegistryGenerator {

    private final SyntheticRegistryOptions options;

    private SyntheticRegistryGenerator(SyntheticRegistryOptions options) {
        this.options = options;
    }

    public static SyntheticRegistryGenerator of(SyntheticRegistryOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options are required");
        }
        return new SyntheticRegistryGenerator(options);
    }

    public SyntheticRegistryOptions options() {
        return options;
    }

    /** As {@link #generate(Path, GenerationProgress)}, reporting no progress. */
    public GeneratedRegistry generate(Path outRoot) {
        return generate(outRoot, GenerationProgress.NONE);
    }

    /**
     * Writes the tree under {@code outRoot}, which may exist but must not already hold a registry.
     *
     * @param progress hears of every loop written
     * @throws RegistryExistsException    when {@code outRoot} already holds {@code RDagentDB/registry.sqlite}
     * @throws SyntheticRegistryException when the output cannot be written
     */
    public GeneratedRegistry generate(Path outRoot, GenerationProgress progress) {
        Path root = outRoot.toAbsolutePath().normalize();
        Path database = root.resolve("RDagentDB").resolve("registry.sqlite");
        Path workspaceRoot = root.resolve(StoredPaths.WORKSPACE_ROOT_REL);
        Path generatedBy = root.resolve("GENERATED_BY.json");
        if (Files.exists(database)) {
            throw new RegistryExistsException(database);
        }
        createDirectories(database.getParent());
        createDirectories(workspaceRoot);

        StoredPaths paths = new StoredPaths(root);
        RegistryPlan plan = new EdgeCaseAssigner(options, paths).assign(new RegistryPlanner(options, paths).plan());
        QlibConfigs configs = new QlibConfigs();
        writeRepositoryTemplate(root.resolve(GeneratedByWriter.ALPHA158_CONF_REL), configs);
        RegistryCounts counts = writeRegistry(plan, database, workspaceRoot, progress);
        GeneratedByWriter.write(generatedBy, options, paths, counts, plan.edgeCaseHits());
        return new GeneratedRegistry(root, database, workspaceRoot, generatedBy, options, counts,
                plan.edgeCaseHits());
    }

    private RegistryCounts writeRegistry(RegistryPlan plan, Path database, Path workspaceRoot,
                                         GenerationProgress progress) {
        Tally tally = new Tally();
        boolean legacy = options.legacySchema();
        try (RegistryRowWriter rows = RegistryRowWriter.create(database, legacy, options.has(EdgeCase.TEXT_FLAGS),
                options.fillLoopMetrics());
             ParallelLoopWriter writer = new ParallelLoopWriter(new LoopWriter(workspaceRoot, legacy))) {
            plan.taskRuns().forEach(rows::taskRun);
            List<LoopPlan> loops = plan.loops();
            writer.writeAll(loops, output -> {
                LoopPlan loop = output.loop();
                rows.loop(loop);
                for (int i = 0; i < loop.workspaces().size(); i++) {
                    rows.workspace(loop, loop.workspaces().get(i));
                    rows.artifacts(output.artifacts().get(i));
                }
                rows.factorRegistry(output.factorRegistry());
                tally.add(output, legacy);
                progress.loopsWritten(tally.loops, loops.size());
            });
            rows.commit();
        }
        return new RegistryCounts(plan.taskRuns().size(), tally.loops, tally.withResult, tally.solidified,
                tally.workspaces, tally.artifacts, tally.artifactFiles, tally.factorRegistry, tally.files);
    }

    private static void writeRepositoryTemplate(Path target, QlibConfigs configs) {
        createDirectories(target.getParent());
        GeneratedByWriter.writeAtomically(target, configs.repositoryTemplate());
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SyntheticRegistryException("cannot create directory", dir, e);
        }
    }

    /** Running counts for GENERATED_BY.json; one instance per generation, used by the inserting thread only. */
    private static final class Tally {
        int loops;
        int withResult;
        int solidified;
        int workspaces;
        int artifacts;
        int artifactFiles;
        int factorRegistry;
        int files;

        void add(LoopOutput output, boolean legacy) {
            LoopState state = output.loop().state();
            loops++;
            withResult += state.hasResult() ? 1 : 0;
            solidified += !legacy && state.solidified() ? 1 : 0;
            workspaces += output.loop().workspaces().size();
            for (WorkspaceArtifacts rows : output.artifacts()) {
                artifacts += rows.artifacts().size();
                artifactFiles += rows.files().size();
            }
            factorRegistry += output.factorRegistry().size();
            files += output.files();
        }
    }
}
