package rdresults.sync.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogPayloadTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEnvelopeEntriesAndCursor() {
        CatalogPayload p = CatalogPayload.parse("loops", "loops", utf8(
                "{\"version\":\"v1\",\"generated_at_utc\":\"2026-01-01T00:00:00+00:00\",\"loops\":[{\"a\":1}],"
                        + "\"next_cursor\":\"abc\"}"));
        assertThat(p.entries()).hasSize(1);
        assertThat(p.nextCursor()).isEqualTo("abc");
        assertThat(p.generatedAt()).isEqualTo("2026-01-01T00:00:00+00:00");
        assertThat(p.envelope().has("loops")).isFalse();
    }

    @Test
    void aMissingListIsNamed() {
        assertThatThrownBy(() -> CatalogPayload.parse("strategies", "strategies", utf8("{\"version\":\"v1\"}")))
                .hasMessage("strategies: malformed payload at strategies: the list is missing; nothing was written");
    }

    @Test
    void aListOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> CatalogPayload.parse("models", "models", utf8("{\"models\":{}}")))
                .hasMessage("models: malformed payload at models: expected an array, got an object;"
                        + " nothing was written");
    }

    @Test
    void brokenJsonIsMalformed() {
        assertThatThrownBy(() -> CatalogPayload.parse("factors", "factors", utf8("{\"factors\": [")))
                .hasMessageStartingWith("factors: malformed payload at (body): invalid JSON in factors response");
    }
}
