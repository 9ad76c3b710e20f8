package rdresults.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.api.SampleRepository;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;

class CatalogStoreTest {

    @TempDir
    Path dir;

    private CatalogStore storeWithSampleCatalogs() throws IOException {
        for (CatalogKind kind : CatalogKind.values()) {
            Files.copy(SampleRepository.SAMPLE.resolve("expected/" + kind.fileName()), dir.resolve(kind.fileName()));
        }
        return new CatalogStore(dir, CatalogSpool.create(dir.resolve("spool")));
    }

    @Test
    void nothingIsReadUntilAskedAndLoadAllReadsEverythingWithTheIndex() throws IOException {
        CatalogStore store = storeWithSampleCatalogs();
        for (CatalogKind kind : CatalogKind.values()) {
            assertThat(store.isLoaded(kind)).as(kind.name()).isFalse();
        }
        assertThat(store.isFactorIndexReady()).isFalse();

        store.loadAll();

        for (CatalogKind kind : CatalogKind.values()) {
            assertThat(store.isLoaded(kind)).as(kind.name()).isTrue();
        }
        assertThat(store.allLoaded()).isTrue();
        assertThat(store.isFactorIndexReady()).isTrue();
    }

    @Test
    void reloadRebuildsTheIndexForAReplacedFactorCatalog() throws IOException {
        CatalogStore store = storeWithSampleCatalogs();
        store.loadAll();
        Path file = dir.resolve(CatalogKind.FACTORS.fileName());
        ObjectNode doc = (ObjectNode) PythonJson.parse(Files.readAllBytes(file), file.toString());
        ObjectNode added = ((ArrayNode) doc.get("factors")).addObject();
        added.put("name", "NEW_FACTOR_AFTER_RELOAD");
        added.put("source", "rdagent_generated");
        AtomicFiles.writeString(file, PythonJson.dumpIndented(doc));

        store.reload();

        assertThat(store.isFactorIndexReady()).isTrue();
        assertThat(store.factorIndex().find("NEW_FACTOR_AFTER_RELOAD")).hasSize(1);
    }

    @Test
    void missingCatalogIsLoadedAsAProblemNotAnError() throws IOException {
        CatalogStore store = storeWithSampleCatalogs();
        Files.delete(dir.resolve(CatalogKind.LOOPS.fileName()));
        store.loadAll();
        assertThat(store.isLoaded(CatalogKind.LOOPS)).isTrue();
        assertThat(store.allLoaded()).isFalse();
        assertThat(store.problems()).containsKey("loop_catalog.json");
        assertThat(store.isFactorIndexReady()).isTrue();
    }
}
