package rdresults.factorlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import rdresults.model.LoopKey;
import rdresults.model.PythonJson;
import rdresults.model.testing.TestTrees;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * A private copy of the bundled sample repository (registry + workspaces) in a test folder, with the loops the
 * tests use. The registry stores WSL paths; the locator re-roots them under the copy.
 */
public final class SampleRepo {

    public static final Path SAMPLE = TestTrees.SAMPLE;

    /** Accepted (decision true) factor loop: Volume_Weighted_Momentum_60D, Upper_Shadow_Ratio_10D, Volume_Spike_5D. */
    static final LoopKey ACCEPTED_A = new LoopKey("7daba6df420346bba2e5206c2d9dd4b5", 4);
    static final String META_A = "3abbd91afb044f0489ce628b88a03d4f";
    /** Accepted factor loop: Reversal_20D, Money_Flow_Imbalance_10D, Bollinger_Width_10D. */
    static final LoopKey ACCEPTED_B = new LoopKey("acb957e44adf4ba493fca15ceb2b3578", 3);
    static final String META_B = "64f72d16e13e40939bd61c9fe2103942";
    /** Sub-workspace of loop B holding calculate_Reversal_20D. */
    static final String REVERSAL_WS = "d60eb3f7fc9547b8b49816699630738a";
    /** Decision false. */
    static final LoopKey REJECTED = new LoopKey("7daba6df420346bba2e5206c2d9dd4b5", 0);
    /** Decision null. */
    static final LoopKey UNDECIDED = new LoopKey("acb957e44adf4ba493fca15ceb2b3578", 6);
    /** Accepted model loop without factor_meta.json. */
    static final LoopKey ACCEPTED_MODEL = new LoopKey("51963583cbd94de8919cae1dea88a8fd", 1);

    final Path root;

    private SampleRepo(Path root) {
        this.root = root;
    }

    static SampleRepo copyTo(Path dir) {
        Path root = dir.resolve("repo");
        // without catalogs exported into the checkout's sample (README's rdr serve does)
        TestTrees.copy(SAMPLE.resolve("RDagentDB"), root.resolve("RDagentDB"),
                relative -> !relative.startsWith("aistock"));
        TestTrees.copy(SAMPLE.resolve("git_ignore_folder"), root.resolve("git_ignore_folder"));
        return new SampleRepo(root);
    }

    Path db() {
        return root.resolve("RDagentDB/registry.sqlite");
    }

    Path workspace(String id) {
        return root.resolve("git_ignore_folder/RD-Agent_workspace").resolve(id);
    }

    RegistryReader openRegistry() {
        return RegistryReader.open(db());
    }

    WorkspaceLocator locator() {
        return WorkspaceLocator.forRegistry(db(), List.of());
    }

    JsonNode json(Path file) {
        try {
            return PythonJson.parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The factor entry {@code name} of a factor_meta.json. */
    JsonNode factor(Path metaFile, String name) {
        for (JsonNode f : json(metaFile).path("factors")) {
            if (name.equals(f.path("name").asText())) {
                return f;
            }
        }
        throw new AssertionError("no factor " + name + " in " + metaFile);
    }

    /** Appends a factor entry {@code {"name": name, "description_cn": ...}} to a factor_meta.json. */
    void addFactor(Path metaFile, String name, String description) {
        JsonNode root = json(metaFile);
        ObjectNode f = ((ArrayNode) root.path("factors")).addObject();
        f.put("name", name);
        f.put("description_cn", description);
        f.put("formula_hint", "Mean($close, 5)");
        write(metaFile, PythonJson.dumpIndented(root));
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
