package rdresults.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
@TestProfile(PathMapConfigTest.ConfiguredPathMap.class)
class PathMapConfigTest {

    @Inject
    RdrLauncher launcher;

    /** Maps the sample's stored root to the bundled sample through configuration, not the command line. */
    public static class ConfiguredPathMap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rdr.path-maps", "/nowhere=/still-nowhere," + Samples.STORED_ROOT + "="
                    + Samples.sampleRoot());
        }
    }

    @Test
    void configuredPathMapsApply(@TempDir Path repo) {
        Samples.copyRegistry(repo);
        JsonNode stats = Samples.json(launcher.launch("registry", "stats", "--repo-root", repo.toString(), "--json")
                .getOutput());
        assertThat(stats.at("/workspace_paths/unresolved_count").asInt()).isZero();
        assertThat(stats.at("/workspace_paths/by_method/path_map").asInt()).isEqualTo(57);
    }
}
