package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import rdresults.model.testing.ModuleArchitectureTest;

/**
 * The module rules ({@link ModuleArchitectureTest}) on the compiled classes of every module the CLI embeds: the
 * libraries (sync and the registry test kit included) and the CLI itself. The service's classes are not on this class
 * path; its own {@code ArchitectureTest} checks them.
 */
class ArchitectureTest extends ModuleArchitectureTest {

    /**
     * A simple name means one type in the whole project: a reader who meets {@code LoopPages} in a stack trace or a
     * review knows which one it is. Read from the sources of every module, since no module's class path holds both
     * the service and the CLI.
     */
    @Test
    void noTwoModulesDeclareATypeOfTheSameSimpleName() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Map<String, Set<String>> modulesByName = new TreeMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                            .forEach(n -> modulesByName.computeIfAbsent(n, k -> new TreeSet<>())
                                    .add(module.getFileName().toString()));
                }
            }
        }
        assertThat(modulesByName).as("modules found under %s", root).containsKey("RdrCommand.java")
                .containsKey("Exports.java");
        modulesByName.values().removeIf(modules -> modules.size() < 2);
        assertThat(modulesByName).as("type names declared in more than one module").isEmpty();
    }
}
