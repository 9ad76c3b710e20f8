package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rdresults.model.BlockYamlCheck;

/**
 * Every YAML file a generated registry holds (Qlib configurations of every kind, MLflow meta files, the edge cases'
 * broken ones) is read by PythonYaml's block-style reader exactly as the full parser reads it, and the reader, not
 * the full parser, takes nearly all of them: an export's YAML cost depends on it.
 */
class GeneratedYamlReadingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theBlockReaderTakesTheConfigsAndAgreesWithTheFullParser(long seed) throws IOException {
        GeneratedRegistry registry = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults()
                .withSize(2, 12).withSeed(seed).withEdgeCases(EnumSet.allOf(EdgeCase.class)))
                .generate(dir.resolve("repo"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(registry.root())) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") && Files.isRegularFile(f)).sorted().toList();
        }
        int taken = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            BlockYamlCheck.Outcome outcome = BlockYamlCheck.check(text);
            assertThat(outcome.divergence()).as("%s", file).isNull();
            taken += outcome.taken() ? 1 : 0;
        }
        assertThat(files).hasSizeGreaterThan(30);
        assertThat(taken).as("files the block reader took, of %d", files.size())
                .isGreaterThanOrEqualTo(files.size() * 95 / 100);
    }
}
