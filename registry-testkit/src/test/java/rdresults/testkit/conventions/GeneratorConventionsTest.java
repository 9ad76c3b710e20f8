package rdresults.testkit.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fork's naming conventions the generator reproduces on top of the shared primitives (their own vectors live
 * in the model module): uuid5 names, uuid4 forms, time spellings. Vectors from CPython 3.11.
 */
class GeneratorConventionsTest {

    private static final long BASE = EpochMicros.of(Instant.parse("2025-10-13T08:00:00Z"));

    @Test
    void isoformatDropsZeroMicroseconds() {
        assertThat(EpochMicros.iso(BASE)).isEqualTo("2025-10-13T08:00:00+00:00");
        assertThat(EpochMicros.iso(BASE + 50)).isEqualTo("2025-10-13T08:00:00.000050+00:00");
    }

    @Test
    void logFolderAndImplVersionUseTheForksForms() {
        assertThat(EpochMicros.logFolderName(BASE + 963_051)).isEqualTo("2025-10-13_08-00-00-963051");
        assertThat(EpochMicros.logFolderName(BASE)).isEqualTo("2025-10-13_08-00-00-000000");
        assertThat(EpochMicros.compactDate(BASE)).isEqualTo("20251013");
        assertThat(EpochMicros.toMillis(BASE + 1_999)).isEqualTo(BASE / 1000 + 1);
    }

    @Test
    void artifactAndBootstrapIdsAreTheForksUuid5Names() {
        assertThat(SyntheticIds.artifactId("abc", "def", "report", "qlib_report"))
                .isEqualTo("6273ad10209652abb71457aff7052ab1");
        assertThat(SyntheticIds.bootstrapWorkspaceId("t", 0, "/mnt/f/x/量"))
                .isEqualTo("03266590ad60578699cb5847b6e3e17c");
    }

    @Test
    void uuid4HexIsTheDashedFormWithoutDashes() {
        String hex = SyntheticIds.uuid4Hex(new SplittableRandom(3));
        String dashed = SyntheticIds.uuid4Dashed(new SplittableRandom(3));
        assertThat(hex).hasSize(32).isEqualTo(dashed.replace("-", "")).matches("[0-9a-f]{12}4[0-9a-f]{3}[89ab].*");
    }
}
