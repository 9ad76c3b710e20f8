package rdresults.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoTimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2025-12-25T15:08:52.482869Z, 2025-12-25T15:08:52.482869+00:00",
        "2025-12-25T15:08:52Z, 2025-12-25T15:08:52+00:00",
        "2025-12-25T15:08:52.001Z, 2025-12-25T15:08:52.001000+00:00",
        "2025-12-25T15:08:52.000000999Z, 2025-12-25T15:08:52+00:00",
        "0999-01-02T03:04:05.000006Z, 0999-01-02T03:04:05.000006+00:00"
    })
    void formatsLikePythonIsoformat(String instant, String expected) {
        assertThat(IsoTimestamps.format(Instant.parse(instant))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2025-12-25T15:08:52.482869+00:00, 2025-12-25T15:08:52.482869Z",
        "2025-12-25T15:08:52Z, 2025-12-25T15:08:52Z",
        "2025-12-25T17:08:52+02:00, 2025-12-25T15:08:52Z",
        "2025-12-25T15:08:52, 2025-12-25T15:08:52Z"
    })
    void parsesOffsetsAndNaiveUtc(String text, String expected) {
        assertThat(IsoTimestamps.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"not a time", "2025-13-45"})
    void rejectsGarbageAsAbsent(String text) {
        assertThat(IsoTimestamps.parse(text)).isEmpty();
    }
}
