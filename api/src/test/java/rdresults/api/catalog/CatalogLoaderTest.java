package rdresults.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    private static final ObjectMapper STRICT = new ObjectMapper();

    @TempDir
    Path dir;

    @TempDir
    Path spoolParent;

    private CatalogSpool spool;

    @org.junit.jupiter.api.BeforeEach
    void openSpool() {
        spool = CatalogSpool.create(spoolParent);
    }

    @org.junit.jupiter.api.AfterEach
    void closeSpool() {
        spool.close();
    }

    private static byte[] body(CatalogSnapshot s) throws IOException {
        return Files.readAllBytes(s.bytes().body());
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("strategy_catalog.json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void bodyIsTheFileAndEntriesAreKeptInKeyOrderAsCompactJson() throws IOException {
        String text = """
                {
                  "version": "v1",
                  "strategies": [
                    {"strategy_id": "b", "action": "model", "x": [1, 2]},
                    {"strategy_id": "a", "action": "factor"}
                  ],
                  "source": "rdagent_tools"
                }
                """;
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES, write(text), spool);

        assertThat(body(s)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(s.keys()).containsExactly("a", "b");
        assertThat(new String(s.bytes().entry(1), StandardCharsets.UTF_8))
                .isEqualTo("{\"strategy_id\":\"b\",\"action\":\"model\",\"x\":[1,2]}");
        assertThat(s.entries().get(1).has("x")).as("only indexed fields stay as a tree").isFalse();
        assertThat(s.envelope().fieldNames()).toIterable().containsExactly("version", "source");
    }

    @Test
    void nanAnywhereMakesTheBodyAStrictRewrite() throws IOException {
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES,
                write("{\"version\": NaN, \"strategies\": [{\"strategy_id\": \"a\"}]}"), spool);
        assertThat(STRICT.readTree(body(s)).path("version").isNull()).isTrue();
        assertThat(STRICT.readTree(body(s)).path("strategies").size()).isEqualTo(1);
    }

    @Test
    void repeatedKeysGetDistinctCursorKeys() throws IOException {
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES, write(
                "{\"strategies\": [{\"strategy_id\": \"a\"}, {\"strategy_id\": \"a\"}, {\"strategy_id\": \"a\"}]}"), spool);
        assertThat(s.keys()).doesNotHaveDuplicates().hasSize(3).allMatch(k -> k.startsWith("a"));
    }

    @Test
    void contentAfterTheDocumentIsCorrupt() throws IOException {
        Path file = write("{\"strategies\": []} {}");
        assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.STRATEGIES, file, spool))
                .isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("strategy_catalog.json is corrupt").hasMessageContaining("continues after");
    }

    @Test
    void missingOrMistypedListIsCorruptNamingTheList() throws IOException {
        for (String text : new String[] {"{\"version\": \"v1\"}", "{\"strategies\": {}}", "[]", ""}) {
            Path file = write(text);
            assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.STRATEGIES, file, spool)).as(text)
                    .isInstanceOf(CatalogUnavailableException.class)
                    .hasMessageContaining("has no 'strategies' list");
        }
    }

    @Test
    void truncatedJsonIsCorruptWithItsPosition() throws IOException {
        Path file = write("{\"strategies\": [{\"strategy_id\": ");
        assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.STRATEGIES, file, spool))
                .isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("is corrupt: invalid JSON in").hasMessageContaining("line 1");
    }

    @Test
    void entriesThatAreNotObjectsMakeTheCatalogInvalidNamingTheEntry() throws IOException {
        Path file = write("{\"strategies\": [{\"strategy_id\": \"a\"}, 2, 3]}");
        assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.STRATEGIES, file, spool))
                .isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("strategy_catalog.json is invalid: entry 2 of 'strategies' is number, not an object");
        assertThat(spool.dir()).isEmptyDirectory();
    }

    @Test
    void releasingTheLastReferenceDeletesTheSpooledFiles() throws IOException {
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES,
                write("{\"strategies\": [{\"strategy_id\": \"a\"}]}"), spool);
        assertThat(s.bytes().retain()).isTrue();
        s.bytes().release();
        assertThat(s.bytes().body()).exists();
        s.bytes().release();
        assertThat(spool.dir()).isEmptyDirectory();
        assertThat(s.bytes().retain()).as("released bytes cannot be taken again").isFalse();
    }

    @Test
    void gzipFormIsTheBodyCompressed() throws IOException {
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES,
                write("{\"strategies\": [{\"strategy_id\": \"a\"}]}"), spool);
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(s.bytes().gzipBody()))) {
            assertThat(in.readAllBytes()).isEqualTo(body(s));
        }
        assertThat(s.etag()).isEqualTo(CatalogLoader.etag(body(s)));
    }
}
