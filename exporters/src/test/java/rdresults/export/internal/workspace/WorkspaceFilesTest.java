package rdresults.export.internal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.export.ExportWarnings;
import rdresults.export.WorkspaceReader;
import rdresults.model.PythonJson;

/**
 * {@link WorkspaceFiles} answers from one walk exactly what the file system calls it replaces answer:
 * {@code Files.list}, {@code Files.walk} + {@code isRegularFile}, {@code exists}, {@code isDirectory}.
 */
class WorkspaceFilesTest {

    @TempDir
    Path dir;

    private Path ws;

    @BeforeEach
    void workspaceWithLinks() throws IOException {
        ws = Files.createDirectories(dir.resolve("ws"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/sub"));
        Files.writeString(elsewhere.resolve("inside.yaml"), "a: 1\n");
        Files.writeString(dir.resolve("elsewhere/target.py"), "x = 1\n");
        Files.writeString(ws.resolve("conf.yaml"), "task: {}\n");
        Files.writeString(ws.resolve("model.pkl"), "w");
        Files.writeString(ws.resolve("factor_meta.json"), "{\"factors\": []}");
        Files.createDirectories(ws.resolve("model.pt"));
        Files.createDirectories(ws.resolve("mlruns/1/abc/artifacts"));
        Files.writeString(ws.resolve("mlruns/1/meta.yaml"), "name: x\n");
        Files.writeString(ws.resolve("mlruns/1/abc/artifacts/params.pkl"), "p");
        Files.writeString(ws.resolve("Zeta.yml"), "b: 2\n");
        Files.writeString(ws.resolve("é.yaml"), "c: 3\n");
        Files.createSymbolicLink(ws.resolve("linked.py"), dir.resolve("elsewhere/target.py"));
        Files.createSymbolicLink(ws.resolve("linked_dir"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(ws.resolve("model.onnx"), dir.resolve("missing"));
    }

    @Test
    void listingsAndKindsMatchTheFileSystemCalls() throws IOException {
        assertSameAsFileSystem(ws);
    }

    @Test
    void aWorkspaceFolderThatIsALinkIsListedButNotWalked() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("ws-link"), ws);
        assertSameAsFileSystem(link);
        assertThat(files(link).recursiveFiles()).isEmpty();
    }

    @Test
    void filesAreReadTheSameBeforeAndAfterTheFolderIsWalked() {
        WorkspaceFiles unwalked = files(ws);
        WorkspaceFiles walked = files(ws);
        walked.recursiveFiles();
        for (String name : List.of("conf.yaml", "linked.py", "model.pt", "model.onnx", "absent.json",
                "mlruns/1/meta.yaml")) {
            assertThat(walked.text(name)).as(name).isEqualTo(unwalked.text(name));
        }
        assertThat(walked.text("linked.py")).contains("x = 1\n");
        assertThat(walked.text("model.pt")).isEmpty();
    }

    private void assertSameAsFileSystem(Path folder) throws IOException {
        WorkspaceFiles files = files(folder);
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(PythonJson::compareCodePoints);
        assertThat(files.rootNames()).isEqualTo(names);

        List<String> walked = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> walked.add(folder.relativize(p).toString()));
        }
        walked.sort(PythonJson::compareCodePoints);
        assertThat(files.recursiveFiles()).isEqualTo(walked);

        for (String name : names) {
            Path p = folder.resolve(name);
            assertThat(files.exists(name)).as(name).isEqualTo(Files.exists(p));
            assertThat(files.isDirectory(name)).as(name).isEqualTo(Files.isDirectory(p));
        }
        assertThat(files.exists("absent")).isFalse();
        assertThat(files.rootModelFiles())
                .isEqualTo(WorkspaceFiles.MODEL_FILE_NAMES.stream().filter(n -> Files.isRegularFile(folder.resolve(n)))
                        .toList());
        assertThat(files.rootFilesEndingWith(".py", ".yml"))
                .isEqualTo(names.stream().filter(n -> (n.endsWith(".py") || n.endsWith(".yml"))
                        && Files.isRegularFile(folder.resolve(n))).toList());
    }

    private static WorkspaceFiles files(Path folder) {
        return new WorkspaceReader(new ExportWarnings()).folder(folder);
    }
}
