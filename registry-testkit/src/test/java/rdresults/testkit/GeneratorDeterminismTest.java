package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.registry.RegistryException;

/** Same options, same output; another seed, another output. */
class GeneratorDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesIdenticalFilesAndRows() {
        SyntheticRegistryOptions options = SyntheticRegistryOptions.defaults().withSize(3, 8)
                .withEdgeCases(EnumSet.complementOf(EnumSet.of(EdgeCase.LEGACY_SCHEMA)));
        GeneratedRegistry first = SyntheticRegistryGenerator.of(options).generate(dir.resolve("a"));
        GeneratedRegistry second = SyntheticRegistryGenerator.of(options).generate(dir.resolve("b"));

        Map<String, byte[]> firstTree = RegistryTestSupport.tree(first.root());
        Map<String, byte[]> secondTree = RegistryTestSupport.tree(second.root());
        assertThat(secondTree.keySet()).containsExactlyElementsOf(firstTree.keySet());
        firstTree.forEach((path, bytes) -> assertThat(secondTree.get(path)).as(path).isEqualTo(bytes));
        assertThat(RegistryTestSupport.dump(second.registryDb()))
                .containsExactlyElementsOf(RegistryTestSupport.dump(first.registryDb()));
        assertThat(second.edgeCases()).isEqualTo(first.edgeCases());
    }

    @Test
    void mixedPathStylesAreDeterministicToo() {
        SyntheticRegistryOptions options = SyntheticRegistryOptions.defaults().withSize(2, 6)
                .withPathStyle(PathStyle.WINDOWS_FWD);
        GeneratedRegistry first = SyntheticRegistryGenerator.of(options).generate(dir.resolve("a"));
        GeneratedRegistry second = SyntheticRegistryGenerator.of(options).generate(dir.resolve("b"));
        assertThat(RegistryTestSupport.dump(second.registryDb()))
                .containsExactlyElementsOf(RegistryTestSupport.dump(first.registryDb()));
    }

    @Test
    void unwritableOutputNamesThePathAndTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThatThrownBy(() -> SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults().withSize(1, 1))
                .generate(file))
                .isInstanceOf(SyntheticRegistryException.class)
                .isNotInstanceOf(RegistryExistsException.class)
                .hasMessageStartingWith("cannot create directory: " + file.resolve("RDagentDB") + " (")
                .hasMessageEndingWith(")");
    }

    @Test
    void progressHearsOfEveryLoopInOrder() {
        List<String> calls = new ArrayList<>();
        SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults().withSize(2, 3))
                .generate(dir.resolve("a"), (written, total) -> calls.add(written + "/" + total));
        assertThat(calls).containsExactly("1/6", "2/6", "3/6", "4/6", "5/6", "6/6");
    }

    @Test
    void anotherSeedGivesAnotherRegistry() {
        GeneratedRegistry first = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults().withSize(2, 4))
                .generate(dir.resolve("a"));
        GeneratedRegistry second = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults().withSize(2, 4)
                .withSeed(8)).generate(dir.resolve("b"));
        assertThat(RegistryTestSupport.dump(second.registryDb()))
                .doesNotContainAnyElementsOf(RegistryTestSupport.dump(first.registryDb()).subList(0, 2));
        assertThat(RegistryTestSupport.tree(second.root()).keySet())
                .isNotEqualTo(RegistryTestSupport.tree(first.root()).keySet());
    }

    @Test
    void existingRegistryIsNotOverwritten() {
        SyntheticRegistryGenerator generator = SyntheticRegistryGenerator.of(
                SyntheticRegistryOptions.defaults().withSize(1, 2));
        generator.generate(dir.resolve("a"));
        assertThatThrownBy(() -> generator.generate(dir.resolve("a")))
                .isInstanceOf(RegistryExistsException.class)
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("already holds a registry").hasMessageContaining("registry.sqlite");
    }
}
