package rdresults.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.api.SampleRepository;
import rdresults.registry.query.PageRequest;

/** Entries copied token by token are the bytes the tree-based writer produced, and filters see the same fields. */
class StreamedEntriesTest {

    @TempDir
    Path dir;

    private CatalogSpool spool;

    @BeforeEach
    void openSpool() {
        spool = CatalogSpool.create(dir.resolve("spool"));
    }

    @AfterEach
    void closeSpool() {
        spool.close();
    }

    /** Streamed and tree-based loads of {@code file} give the same snapshot and the same pages. */
    private void assertSameAsTrees(CatalogKind kind, Path file) throws IOException {
        CatalogSnapshot streamed = CatalogLoader.load(kind, file, spool, CatalogLoader.Entries.STREAMED);
        CatalogSnapshot trees = CatalogLoader.load(kind, file, spool, CatalogLoader.Entries.TREES);
        assertThat(streamed.keys()).as(kind.name()).isEqualTo(trees.keys());
        assertThat(streamed.entries()).as(kind.name()).isEqualTo(trees.entries());
        assertThat(streamed.etag()).as(kind.name()).isEqualTo(trees.etag());
        assertThat(Files.readAllBytes(streamed.bytes().body())).isEqualTo(Files.readAllBytes(trees.bytes().body()));
        for (int i = 0; i < trees.bytes().entryCount(); i++) {
            assertThat(new String(streamed.bytes().entry(i), StandardCharsets.UTF_8)).as(kind + " entry " + i)
                    .isEqualTo(new String(trees.bytes().entry(i), StandardCharsets.UTF_8));
        }
        Predicate<com.fasterxml.jackson.databind.JsonNode> all = e -> true;
        for (int limit : List.of(1, 2, 100)) {
            assertThat(CatalogView.page(streamed, all, PageRequest.first(limit), null))
                    .isEqualTo(CatalogView.page(trees, all, PageRequest.first(limit), null));
        }
        if (kind.indexedFields() != null) {
            Projection keys = new Projection(kind.catalog().keyFields());
            assertThat(CatalogView.page(streamed, all, PageRequest.first(100), keys))
                    .isEqualTo(CatalogView.page(trees, all, PageRequest.first(100), keys));
        }
    }

    @Test
    void theSampleCatalogsGiveTheSameBytesAndPagesAsTrees() throws IOException {
        for (CatalogKind kind : CatalogKind.values()) {
            assertSameAsTrees(kind, SampleRepository.SAMPLE.resolve("expected/" + kind.fileName()));
        }
    }

    @Test
    void numbersStringsAndNestingAreWrittenAsTheTreeWouldWriteThem() throws IOException {
        Path file = Files.writeString(dir.resolve("loop_catalog.json"), """
                {"loops": [
                  {"task_run_id": "t\\u00e9\\"\\n", "loop_id": 2, "workspace_id": "w", "sharpe": NaN,
                   "ic": -0, "x": [1e5, -0.0, 1.5E-7, 12345678901234567890123, -Infinity, 0.1, 100, true, false,
                   null, {"a": {"b": []}, "c": {}}], "factor_names": ["f\\t1", "名前"], "decision": null,
                   "metrics": {"m": 1.0, "n": [NaN, 2]}, "status": "success"},
                  {"task_run_id": "a", "loop_id": -7, "workspace_id": "", "status": "failed",
                   "big": 9007199254740993, "tiny": 5e-324, "huge": 1e400}
                ], "version": 3}
                """, StandardCharsets.UTF_8);
        assertSameAsTrees(CatalogKind.LOOPS, file);
    }

    @Test
    void aRepeatedFieldKeepsTheLastValueAsTheTreeDoes() throws IOException {
        Path file = Files.writeString(dir.resolve("strategy_catalog.json"), """
                {"strategies": [{"strategy_id": "a", "action": "x", "action": "factor", "n": 1, "n": 2}]}
                """, StandardCharsets.UTF_8);
        assertSameAsTrees(CatalogKind.STRATEGIES, file);
        CatalogSnapshot s = CatalogLoader.load(CatalogKind.STRATEGIES, file, spool);
        assertThat(new String(s.bytes().entry(0), StandardCharsets.UTF_8))
                .isEqualTo("{\"strategy_id\":\"a\",\"action\":\"factor\",\"n\":2}");
    }

    @Test
    void anEntryThatIsNotAnObjectIsStillNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("model_catalog.json"), """
                {"models": [{"model_id": "m"}, [1]]}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.MODELS, file, spool))
                .isInstanceOf(CatalogUnavailableException.class)
                .hasMessage("model_catalog.json is invalid: entry 2 of 'models' is array, not an object");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsPosition() throws IOException {
        Path file = Files.writeString(dir.resolve("model_catalog.json"), "{\"models\": [{\"model_id\": }]}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CatalogLoader.load(CatalogKind.MODELS, file, spool))
                .isInstanceOf(CatalogUnavailableException.class)
                .hasMessageStartingWith("model_catalog.json is corrupt: invalid JSON in " + file)
                .hasMessageContaining("line 1 column");
    }
}
