package rdresults.export.internal.pass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EntrySpoolTest {

    @Test
    void fileSpoolGivesEntriesBackInAnyOrderAndLeavesNoFile() throws IOException {
        List<Path> before = spoolFiles();
        try (EntrySpool spool = EntrySpool.inTempFile()) {
            checkRoundTrip(spool);
        }
        assertThat(spoolFiles()).isEqualTo(before);
    }

    @Test
    void memorySpoolBehavesTheSame() {
        try (EntrySpool spool = EntrySpool.inMemory()) {
            checkRoundTrip(spool);
        }
    }

    private static void checkRoundTrip(EntrySpool spool) {
        int empty = spool.add(new byte[0]);
        int big = spool.add("x".repeat(200_000).getBytes(StandardCharsets.UTF_8));
        int text = spool.add("{\"名\": 1}".getBytes(StandardCharsets.UTF_8));
        assertThat(List.of(empty, big, text)).containsExactly(0, 1, 2);
        assertThat(new String(spool.read(text), StandardCharsets.UTF_8)).isEqualTo("{\"名\": 1}");
        int after = spool.add("later".getBytes(StandardCharsets.UTF_8));
        List<byte[]> view = spool.list(new int[] {after, empty, text, big});
        assertThat(view).hasSize(4);
        assertThat(new String(view.get(0), StandardCharsets.UTF_8)).isEqualTo("later");
        assertThat(view.get(1)).isEmpty();
        assertThat(view.get(3)).hasSize(200_000);
    }

    private static List<Path> spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("rdr-catalog-entries-")).sorted()
                    .toList();
        }
    }
}
