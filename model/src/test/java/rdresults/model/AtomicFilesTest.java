package rdresults.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writesCreatingParentsAndLeavesNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a/b/catalog.json");
        AtomicFiles.writeString(target, "{\"名\": 1}");
        assertThat(Files.readString(target)).isEqualTo("{\"名\": 1}");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void newFilesAreWorldReadableAndReplacedFilesKeepTheirPermissions(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("fresh.json");
        AtomicFiles.writeString(fresh, "1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
        Path kept = dir.resolve("kept.json");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(kept, "new");
        assertThat(Files.readString(kept)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
    }

    @Test
    void streamedContentIsWrittenWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("big.json");
        byte[] chunk = "0123456789abcdef".repeat(1000).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> {
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        });
        assertThat(Files.size(target)).isEqualTo(100L * chunk.length);
    }

    @Test
    void contentThatFailsLeavesTheTargetUntouchedAndNoTempFile(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("catalog.json"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("entry store broke");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void failureNamesTheTargetAndLeavesItUntouched(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> AtomicFiles.writeString(blocker.resolve("catalog.json"), "{}"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot write " + blocker.resolve("catalog.json"));
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }
}
