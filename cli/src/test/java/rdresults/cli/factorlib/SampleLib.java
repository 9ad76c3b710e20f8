package rdresults.cli.factorlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import rdresults.cli.Samples;
import rdresults.factorlib.Bump;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.FactorPublisher;
import rdresults.factorlib.PublishRequest;
import rdresults.model.LoopKey;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * A private copy of the bundled sample (registry and workspaces: publishing writes into factor_meta.json files)
 * and a package folder beside it, with the sample loops the tests use (the same ones as factor-lib's tests).
 */
final class SampleLib {

    /** Accepted factor loop: Volume_Weighted_Momentum_60D, Upper_Shadow_Ratio_10D, Volume_Spike_5D. */
    static final LoopKey ACCEPTED_A = new LoopKey("7daba6df420346bba2e5206c2d9dd4b5", 4);
    /** Workspace of loop A holding its factor_meta.json. */
    static final String META_A = "3abbd91afb044f0489ce628b88a03d4f";
    /** Workspace of loop A holding calculate_Volume_Weighted_Momentum_60D in factor.py. */
    static final String MOMENTUM_WS = "0f56504d83ee41e39744af9b052ddbdc";
    /** Accepted factor loop: Reversal_20D, Money_Flow_Imbalance_10D, Bollinger_Width_10D. */
    static final LoopKey ACCEPTED_B = new LoopKey("acb957e44adf4ba493fca15ceb2b3578", 3);
    /** feedback.json decision false. */
    static final LoopKey REJECTED = new LoopKey("7daba6df420346bba2e5206c2d9dd4b5", 0);
    /** The task run of the sample's model loops: accepted ones have no factor_meta.json. */
    static final String MODEL_RUN = "51963583cbd94de8919cae1dea88a8fd";

    final Path repo;
    final Path lib;

    private SampleLib(Path repo, Path lib) {
        this.repo = repo;
        this.lib = lib;
    }

    /** Copies the sample to {@code dir/repo}; the package root is {@code dir/lib}. */
    static SampleLib in(Path dir) {
        Path repo = dir.resolve("repo").toAbsolutePath().normalize();
        Samples.copySample(repo);
        return new SampleLib(repo, dir.resolve("lib").toAbsolutePath().normalize());
    }

    String repoArg() {
        return repo.toString();
    }

    String libArg() {
        return lib.toString();
    }

    Path workspace(String id) {
        return repo.resolve("git_ignore_folder/RD-Agent_workspace").resolve(id);
    }

    Path metaA() {
        return workspace(META_A).resolve("factor_meta.json");
    }

    Path file(String relative) {
        return lib.resolve(relative);
    }

    /** Arranges a package with the library itself (the command under test is not init or publish). */
    FactorPackage initAndPublish(LoopKey... loops) {
        FactorPackage pkg = FactorPackage.init(lib);
        if (loops.length > 0) {
            try (RegistryReader registry = RegistryReader.open(repo.resolve("RDagentDB/registry.sqlite"))) {
                FactorPublisher.create(pkg, registry, WorkspaceLocator.forRepoRoot(repo, List.of()))
                        .publish(PublishRequest.loops(List.of(loops), Bump.PATCH));
            }
        }
        return pkg;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
