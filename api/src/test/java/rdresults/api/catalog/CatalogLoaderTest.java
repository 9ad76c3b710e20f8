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
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES, write(text));

        assertThat(s.body().toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(s.keys()).containsExactly("a", "b");
        assertThat(new String(s.entryJson().get(1), StandardCharsets.UTF_8))
                .isEqualTo("{\"strategy_id\":\"b\",\"action\":\"model\",\"x\":[1,2]}");
        assertThat(s.entries().get(1).has("x")).as("only indexed fields stay as a tree").isFalse();
        assertThat(s.envelope().fieldNames()).toIterable().containsExactly("version", "source");
    }

    @Test
    void nanAnywhereMakesTheBodyAStrictRewrite() throws IOException {
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES,
                write("{\"version\": NaN, \"strategies\": [{\"strategy_id\": \"a\"}]}"));
        assertThat(STRICT.readTree(s.body().toByteArray()).path("version").isNull()).isTrue();
        assertThat(STRICT.readTree(s.body().toByteArray()).path("strategies").size()).isEqualTo(1);
    }

    @Test
    void repeatedKeysGetDistinctCursorKeys() throws IOException {
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES,
                write("{\"strategies\": [{\"strategy_id\": \"a\"}, {\"strategy_id\": \"a\"}, {\"strategy_id\": \"a\"}]}"));
        assertThat(s.keys()).doesNotHaveDuplicates().hasSize(3).allMatch(k -> k.startsWith("a"));
    }

    @Test
    void contentAfterTheDocumentIsCorrupt() throws IOException {
        Path file = write("{\"strategies\": []} {}");
        assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.STRATEGIES, file))
                .isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("strategy_catalog.json is corrupt").hasMessageContaining("continues after");
    }

    @Test
    void missingOrMistypedListIsCorruptNamingTheList() throws IOException {
        for (String text : new String[] {"{\"version\": \"v1\"}", "{\"strategies\": {}}", "[]", ""}) {
            Path file = write(text);
            assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.STRATEGIES, file)).as(text)
                    .isInstanceOf(CatalogUnavailableException.class)
                    .hasMessageContaining("has no 'strategies' list");
        }
    }

    @Test
    void truncatedJsonIsCorruptWithItsPosition() throws IOException {
        Path file = write("{\"strategies\": [{\"strategy_id\": ");
        assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.STRATEGIES, file))
                .isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("is corrupt: invalid JSON in").hasMessageContaining("line 1");
    }
}
