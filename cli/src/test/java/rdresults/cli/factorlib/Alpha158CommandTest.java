package rdresults.cli.factorlib;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;

@QuarkusTest
class Alpha158CommandTest {

    @Inject
    RdrLauncher launcher;

    @TempDir
    Path dir;
    SampleLib sample;

    @BeforeEach
    void copySample() {
        sample = SampleLib.in(dir);
        sample.initAndPublish();
    }

    @Test
    void fullWritesTheCanonical158OnceAndThenChangesNothing() {
        LaunchResult first = launcher.launch("factor-lib", "alpha158", "--lib", sample.libArg(), "--full");
        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(first.getOutputStream()).containsExactly("version 0.1.0 -> 0.1.1",
                "158 Alpha158 functions in " + sample.lib.resolve("rd_factors_lib/alpha158.py")
                        + ": 158 added, 0 replaced, 0 removed");

        LaunchResult again = launcher.launch("factor-lib", "alpha158", "--lib", sample.libArg(), "--full");
        assertThat(again.getOutputStream()).first().isEqualTo("version 0.1.1 -> 0.1.1 (unchanged)");
    }

    @Test
    void anUnknownOperatorIsAnErrorNamingIt() {
        Path meta = dir.resolve("alpha158_meta.json");
        SampleLib.write(meta, "{\"factors\": [{\"name\": \"ODD\", \"expression\": \"Foo($close, 5)\"}]}");

        LaunchResult result = launcher.launch("factor-lib", "alpha158", "--lib", sample.libArg(), "--meta",
                meta.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorOutput()).contains("rdr: cannot translate factor ODD 'Foo($close, 5)': unknown "
                + "operator Foo at position 0");
        assertThat(sample.lib.resolve("rd_factors_lib/alpha158.py")).doesNotExist();
    }
}
