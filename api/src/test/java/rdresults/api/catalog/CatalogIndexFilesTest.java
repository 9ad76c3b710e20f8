package rdresults.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.api.SampleRepository;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;
import rdresults.registry.query.PageRequest;

class CatalogIndexFilesTest {

    @TempDir
    Path dir;

    private CatalogSpool spool;
    private CatalogIndexFiles indexes;

    @BeforeEach
    void sampleCatalogs() throws IOException {
        for (CatalogKind kind : CatalogKind.values()) {
            Files.copy(SampleRepository.SAMPLE.resolve("expected/" + kind.fileName()), dir.resolve(kind.fileName()));
        }
        spool = CatalogSpool.create(dir.resolve("spool"));
        indexes = CatalogIndexFiles.in(dir.resolve("index"));
    }

    @AfterEach
    void closeSpool() {
        spool.close();
    }

    private Path file(CatalogKind kind) {
        return dir.resolve(kind.fileName());
    }

    /** Loads {@code kind} as the store does: parsed, then kept. */
    private CatalogSnapshot parseAndKeep(CatalogKind kind) {
        CatalogIndexFiles.FileKey key = indexes.keyOf(file(kind)).orElseThrow();
        CatalogSnapshot parsed = CatalogLoader.load(kind, file(kind), spool);
        indexes.save(kind, file(kind), key, parsed);
        return parsed;
    }

    private java.util.Optional<CatalogSnapshot> reuse(CatalogKind kind) {
        return indexes.find(kind, indexes.keyOf(file(kind)).orElseThrow(), spool);
    }

    @Test
    void anUnchangedCatalogIsReusedWithTheSameBytesKeysFieldsAndPages() throws IOException {
        for (CatalogKind kind : CatalogKind.values()) {
            CatalogSnapshot parsed = parseAndKeep(kind);
            CatalogSnapshot kept = reuse(kind).orElseThrow();

            assertThat(kept.etag()).as(kind.name()).isEqualTo(parsed.etag());
            assertThat(kept.keys()).as(kind.name()).isEqualTo(parsed.keys());
            assertThat(kept.entries()).as(kind.name()).isEqualTo(parsed.entries());
            assertThat(kept.envelope()).as(kind.name()).isEqualTo(parsed.envelope());
            assertThat(Files.readAllBytes(kept.bytes().body())).isEqualTo(Files.readAllBytes(parsed.bytes().body()));
            assertThat(Files.readAllBytes(kept.bytes().gzipBody()))
                    .isEqualTo(Files.readAllBytes(parsed.bytes().gzipBody()));
            for (int i = 0; i < parsed.bytes().entryCount(); i++) {
                assertThat(kept.bytes().entry(i)).isEqualTo(parsed.bytes().entry(i));
            }
            PageRequest page = PageRequest.first(3);
            assertThat(CatalogView.page(kept, e -> true, page, null))
                    .isEqualTo(CatalogView.page(parsed, e -> true, page, null));
        }
    }

    @Test
    void aConfiguredIndexFolderThatDoesNotExistYetIsMade() {
        Path configured = dir.resolve("build/catalog-index");
        indexes = CatalogIndexFiles.forCatalogDir(configured, dir);

        CatalogSnapshot parsed = parseAndKeep(CatalogKind.FACTORS);

        assertThat(reuse(CatalogKind.FACTORS).orElseThrow().keys()).isEqualTo(parsed.keys());
        assertThat(configured.resolve("rdr-catalog-index")).isDirectory();
    }

    @Test
    void nanInAnIndexedFieldIsKeptAsNan() throws IOException {
        Files.writeString(file(CatalogKind.LOOPS), """
                {"loops": [{"task_run_id": "t", "loop_id": 1, "workspace_id": "w", "sharpe": NaN, "ic": 0.5},
                           {"task_run_id": "t", "loop_id": 2, "workspace_id": "w", "sharpe": 1.25}]}
                """);
        CatalogSnapshot parsed = parseAndKeep(CatalogKind.LOOPS);
        CatalogSnapshot kept = reuse(CatalogKind.LOOPS).orElseThrow();

        assertThat(kept.entries()).isEqualTo(parsed.entries());
        assertThat(Double.isNaN(kept.entries().get(0).get("sharpe").doubleValue())).isTrue();
    }

    @Test
    void theKeptFilesOutliveTheSpoolThatMadeThem() throws IOException {
        CatalogSnapshot parsed = parseAndKeep(CatalogKind.LOOPS);
        byte[] body = Files.readAllBytes(parsed.bytes().body());
        parsed.bytes().release();
        spool.close();
        spool = CatalogSpool.create(dir.resolve("spool2"));

        CatalogSnapshot kept = reuse(CatalogKind.LOOPS).orElseThrow();

        assertThat(Files.readAllBytes(kept.bytes().body())).isEqualTo(body);
    }

    @Test
    void aCatalogReplacedByAnExportIsParsedAgainAndTheOldIndexDeleted() throws IOException {
        parseAndKeep(CatalogKind.FACTORS);
        Path f = file(CatalogKind.FACTORS);
        ObjectNode doc = (ObjectNode) PythonJson.parse(Files.readAllBytes(f), f.toString());
        ((ArrayNode) doc.get("factors")).addObject().put("name", "ADDED").put("source", "rdagent_generated");
        AtomicFiles.writeString(f, PythonJson.dumpIndented(doc));

        assertThat(reuse(CatalogKind.FACTORS)).isEmpty();

        CatalogSnapshot reparsed = parseAndKeep(CatalogKind.FACTORS);
        assertThat(reuse(CatalogKind.FACTORS).orElseThrow().keys()).isEqualTo(reparsed.keys()).hasSize(
                reparsed.keys().size());
        assertThat(indexFiles(".idx")).hasSize(1);
    }

    @Test
    void aTouchedCatalogIsNotReused() throws IOException {
        parseAndKeep(CatalogKind.MODELS);
        Path f = file(CatalogKind.MODELS);
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5_000));

        assertThat(reuse(CatalogKind.MODELS)).isEmpty();
    }

    @Test
    void aDamagedIndexIsDeletedAndTheCatalogParsed() throws IOException {
        parseAndKeep(CatalogKind.LOOPS);
        Path index = indexFiles(".idx").get(0);
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(index, bytes);

        assertThat(reuse(CatalogKind.LOOPS)).isEmpty();
        assertThat(indexFiles("")).isEmpty();
    }

    @Test
    void aTruncatedDataFileMakesTheIndexUnusable() throws IOException {
        parseAndKeep(CatalogKind.STRATEGIES);
        Path entries = indexFiles(".entries").get(0);
        Files.write(entries, new byte[] {'{'});

        assertThat(reuse(CatalogKind.STRATEGIES)).isEmpty();
        assertThat(indexFiles("")).isEmpty();
    }

    @Test
    void theStoreReusesKeptIndexesAfterARestart() throws IOException {
        try (CatalogStore first = new CatalogStore(dir, CatalogSpool.create(dir.resolve("s1")), indexes)) {
            first.loadAll();
        }
        assertThat(indexFiles(".idx")).hasSize(CatalogKind.values().length);
        try (CatalogStore second = new CatalogStore(dir, CatalogSpool.create(dir.resolve("s2")), indexes)) {
            second.loadAll();
            assertThat(second.allLoaded()).isTrue();
            assertThat(second.factorIndex().find(second.get(CatalogKind.FACTORS).entries().get(0).path("name")
                    .asText())).isNotEmpty();
        }
    }

    @Test
    void aFolderOtherUsersCanWriteIsNotUsed() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared").resolve("index"));
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(CatalogIndexFiles.in(shared).keyOf(file(CatalogKind.LOOPS))).isEmpty();
        assertThat(indexes.keyOf(file(CatalogKind.LOOPS))).isPresent();
    }

    @Test
    void noneKeepsNothing() {
        assertThat(CatalogIndexFiles.NONE.keyOf(file(CatalogKind.LOOPS))).isEmpty();
    }

    private List<Path> indexFiles(String suffix) throws IOException {
        Path folder = dir.resolve("index");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
