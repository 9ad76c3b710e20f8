package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.InvalidInputException;
import rdresults.model.testing.TestTrees;
import rdresults.registry.workspace.PathMapping;

class RegistryOptionsTest {

    private static RegistryOptions options(List<String> configured) {
        return new RegistryOptions(TestConfig.withPathMaps(configured));
    }

    @Test
    void repoRootDefaultsToTheWorkingDirectory() {
        RegistryOptions options = options(List.of());
        assertThat(options.repoRoot()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(options.registryPath()).isEqualTo(Path.of("").toAbsolutePath().resolve("RDagentDB/registry.sqlite"));
    }

    @Test
    void registrySqliteOverridesTheDefaultPath() {
        RegistryOptions options = options(List.of());
        options.repoRoot = Path.of("/repo");
        options.registrySqlite = Path.of("/elsewhere/db.sqlite");
        assertThat(options.registryPath()).isEqualTo(Path.of("/elsewhere/db.sqlite"));
    }

    @Test
    void commandLinePathMapsComeBeforeConfiguredOnes() {
        RegistryOptions options = options(List.of("/a=/from-config", " "));
        options.pathMaps = List.of("/a=/from-cli");
        assertThat(options.pathMappings()).containsExactly(new PathMapping("/a", "/from-cli"),
                new PathMapping("/a", "/from-config"));
    }

    @Test
    void locatorRootIsTheRepoRootWhenGiven() {
        RegistryOptions options = options(List.of());
        options.repoRoot = Path.of("/repo");
        options.registrySqlite = Path.of("/elsewhere/RDagentDB/registry.sqlite");
        assertThat(options.locator().repoRoot()).isEqualTo(Path.of("/repo"));
    }

    @Test
    void locatorRootFollowsTheRegistryWhenOnlyItIsGiven() {
        RegistryOptions options = options(List.of());
        options.registrySqlite = Path.of("/elsewhere/RDagentDB/registry.sqlite");
        assertThat(options.locator().repoRoot()).isEqualTo(Path.of("/elsewhere"));
    }

    @Test
    void malformedConfiguredPathMapIsInvalidInput() {
        RegistryOptions options = options(List.of("nonsense"));
        assertThatThrownBy(options::pathMappings).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'nonsense'");
    }

    @Test
    void openingTheRegistryKeepsTheDriversNativeLibraryInTheCacheFolder(@TempDir Path tmp) throws IOException {
        Path cache = tmp.resolve("cache");
        RegistryOptions options = new RegistryOptions(TestConfig.withCacheDir(cache.toString()));
        options.registrySqlite = TestTrees.SAMPLE.resolve("RDagentDB/registry.sqlite");
        options.openReader().close();
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.filter(Files::isRegularFile)).singleElement().satisfies(f ->
                    assertThat(f.getParent().getFileName().toString()).startsWith("sqlite-jdbc-"));
        }
    }
}
