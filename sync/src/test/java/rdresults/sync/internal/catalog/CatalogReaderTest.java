package rdresults.sync.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import rdresults.model.PythonJson;

class CatalogReaderTest {

    private static CatalogReader.Body utf8(String s) {
        return () -> new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> read(String resource, String listKey, String body) {
        List<JsonNode> out = new ArrayList<>();
        CatalogReader.read(resource, listKey, utf8(body), (entry, index) -> out.add(entry));
        return out;
    }

    @Test
    void readsEnvelopeEntriesAndCursor() {
        List<Integer> indexes = new ArrayList<>();
        CatalogEnvelope envelope = CatalogReader.read("loops", "loops", utf8(
                "{\"version\":\"v1\",\"generated_at_utc\":\"2026-01-01T00:00:00+00:00\",\"loops\":[{\"a\":1},"
                        + "{\"b\":[NaN,2.0]}],\"next_cursor\":\"abc\"}"),
                (entry, index) -> indexes.add(index));
        assertThat(indexes).containsExactly(0, 1);
        assertThat(envelope.nextCursor()).isEqualTo("abc");
        assertThat(envelope.generatedAt()).isEqualTo("2026-01-01T00:00:00+00:00");
        assertThat(envelope.fields().has("loops")).isFalse();
        assertThat(envelope.fields().get("version").asText()).isEqualTo("v1");
    }

    @Test
    void entriesAreTheTreesOfAWholeParse() throws IOException {
        String body = "{\"version\":\"v1\",\"strategies\":[{\"x\":{\"é\":[1,1.0,null,true]},\"y\":\"a\\nb\"},"
                + "{\"z\":12345678901234567890}],\"source\":\"s\"}";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(body.getBytes(StandardCharsets.UTF_8));
        }
        List<JsonNode> got = new ArrayList<>();
        CatalogEnvelope envelope = CatalogReader.read("strategies", "strategies",
                () -> new java.util.zip.GZIPInputStream(new ByteArrayInputStream(zipped.toByteArray())),
                (entry, index) -> got.add(entry));
        JsonNode whole = PythonJson.parse(body, "expected");
        assertThat(got).containsExactlyElementsOf(whole.get("strategies"));
        assertThat(PythonJson.dumpCompact(got.get(0))).isEqualTo(PythonJson.dumpCompact(whole.get("strategies")
                .get(0)));
        assertThat(envelope.nextCursor()).isEmpty();
        assertThat(envelope.fields().get("source").asText()).isEqualTo("s");
    }

    @Test
    void aMissingListIsNamed() {
        assertThatThrownBy(() -> read("strategies", "strategies", "{\"version\":\"v1\"}"))
                .hasMessage("strategies: malformed payload at strategies: the list is missing; nothing was written");
    }

    @Test
    void aListOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> read("models", "models", "{\"models\":{}}"))
                .hasMessage("models: malformed payload at models: expected an array, got an object;"
                        + " nothing was written");
    }

    @Test
    void aBodyThatIsNoObjectIsNamed() {
        assertThatThrownBy(() -> read("models", "models", "[1]"))
                .hasMessage("models: malformed payload at (body): expected a JSON object, got an array;"
                        + " nothing was written");
    }

    @Test
    void aCursorOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> read("loops", "loops", "{\"loops\":[],\"next_cursor\":3}"))
                .hasMessage("loops: malformed payload at next_cursor: expected a string or null, got an integer;"
                        + " nothing was written");
    }

    @Test
    void brokenJsonIsMalformed() {
        assertThatThrownBy(() -> read("factors", "factors", "{\"factors\": ["))
                .hasMessageStartingWith("factors: malformed payload at (body): invalid JSON in factors response");
        assertThatThrownBy(() -> read("factors", "factors", "{\"factors\": []} x"))
                .hasMessageStartingWith("factors: malformed payload at (body): invalid JSON in factors response: ");
        assertThatThrownBy(() -> read("factors", "factors", " "))
                .hasMessage("factors: malformed payload at (body): invalid JSON in factors response: empty document;"
                        + " nothing was written");
    }

    @Test
    void aBodyThatCannotBeInflatedIsMalformed() {
        assertThatThrownBy(() -> CatalogReader.read("models", "models",
                () -> new java.util.zip.GZIPInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3})),
                (entry, index) -> { }))
                .hasMessageStartingWith("models: malformed payload at (body): the body cannot be read: ");
    }
}
