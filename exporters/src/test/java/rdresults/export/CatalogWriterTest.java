package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonJson;

class CatalogWriterTest {

    private static final String AT = "2026-01-02T03:04:05.123456+00:00";

    @TempDir
    Path dir;

    @Test
    void streamedCatalogIsByteForByteTheWholeDocumentDumped() throws IOException {
        List<ObjectNode> entries = List.of(
                entry("{\"id\": \"b\", \"nested\": {\"list\": [1, {\"x\": NaN}], \"empty\": {}}, \"名\": \"值\"}"),
                entry("{\"id\": \"a\", \"none\": [], \"text\": \"line\\nbreak \\\"quoted\\\"\"}"),
                entry("{}"));
        for (int n = 0; n <= entries.size(); n++) {
            List<ObjectNode> some = entries.subList(0, n);
            Path file = dir.resolve("catalog" + n + ".json");
            int written = CatalogWriter.write(file, "strategies",
                    some.stream().map(CatalogWriter::entryBytes).toList(), AT);
            assertThat(written).isEqualTo(n);
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .isEqualTo(PythonJson.dumpIndented(CatalogWriter.envelope("strategies", some, AT)));
        }
    }

    @Test
    void documentIsWhatAReaderOfTheWrittenFileSees() throws IOException {
        List<byte[]> entries = List.of(CatalogWriter.entryBytes(entry("{\"v\": NaN, \"w\": 1.5}")));
        Path file = dir.resolve("catalog.json");
        CatalogWriter.write(file, "loops", entries, AT);
        JsonNode document = CatalogWriter.document("loops", entries, AT);
        assertThat(document).isEqualTo(PythonJson.parse(Files.readAllBytes(file), "catalog"));
        assertThat(document.get("loops").get(0).get("v").isNull()).isTrue();
    }

    private static ObjectNode entry(String json) {
        return (ObjectNode) PythonJson.parse(json, "entry");
    }
}
