package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.FailureCategory;
import rdresults.model.PythonJson;

/** A catalog that cannot be written fails with the category its cause calls for, and leaves the target as it was. */
class CatalogWriteFailureTest {

    /** A folder on a small filesystem (e.g. a 64 KiB tmpfs) for the full-disk case; unset, that case is skipped. */
    private static final String SMALL_FS = "RDR_TEST_SMALL_FS";

    @Test
    void aFileWhereTheCatalogFolderShouldBeIsBadInput(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("aistock"), "a file", StandardCharsets.UTF_8);
        Path target = notAFolder.resolve("factor_catalog.json");

        assertThatThrownBy(() -> CatalogWriter.write(target, document(1)))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.category()).isEqualTo(FailureCategory.BAD_INPUT))
                .hasMessageContaining(notAFolder.toString());
    }

    @Test
    void aFullDiskIsUnavailableAndKeepsTheOldCatalog() throws Exception {
        String folder = System.getenv(SMALL_FS);
        boolean required = Boolean.parseBoolean(System.getenv("RDR_REQUIRE_SMALL_FS"));
        assumeTrue(required || (folder != null && Files.isDirectory(Path.of(folder))),
                "skipped: set " + SMALL_FS + " to a folder on a small filesystem (e.g. a 64 KiB tmpfs)");
        Path target = Files.createTempDirectory(Path.of(folder), "full-disk-").resolve("loop_catalog.json");
        CatalogWriter.write(target, document(1));
        byte[] before = Files.readAllBytes(target);
        long free = Files.getFileStore(target.getParent()).getUsableSpace();

        assertThatThrownBy(() -> CatalogWriter.write(target, document((int) (free / 16) + 1024)))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.category()).isEqualTo(FailureCategory.UNAVAILABLE))
                .hasMessageContaining(target.toString());
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (var left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target);
        }
    }

    /** A loop catalog of {@code entries} small entries. */
    private static ObjectNode document(int entries) {
        List<ObjectNode> list = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            list.add(PythonJson.nodes().objectNode().put("loop_id", i).put("task_run_id", "run"));
        }
        return CatalogWriter.envelope("loops", list, "2026-01-01T00:00:00+00:00");
    }
}
