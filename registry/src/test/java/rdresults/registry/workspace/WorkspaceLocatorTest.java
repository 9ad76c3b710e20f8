package rdresults.registry.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rdresults.model.InvalidInputException;
import rdresults.model.Workspace;
import rdresults.registry.RegistryReader;
import rdresults.registry.TestRegistries;
import rdresults.registry.query.WorkspaceQuery;

class WorkspaceLocatorTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path repo;
    private Path workspace;

    @BeforeEach
    void createWorkspace() throws IOException {
        workspace = Files.createDirectories(repo.resolve("git_ignore_folder/RD-Agent_workspace/" + ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/mnt/f/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/" + ID,
        "F:\\Dev\\RD-Agent-main\\git_ignore_folder\\RD-Agent_workspace\\" + ID,
        "f:/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/" + ID + "/",
        "/home/someone/else/git_ignore_folder/RD-Agent_workspace/" + ID,
        "git_ignore_folder/RD-Agent_workspace/" + ID
    })
    void everyStoredFormResolvesUnderTheRepositoryRoot(String stored) {
        WorkspaceLocator locator = WorkspaceLocator.forRepoRoot(repo, List.of());
        assertThat(locator.locate(stored)).contains(workspace);
    }

    @Test
    void pathMapWinsOverReRooting(@TempDir Path elsewhere) throws IOException {
        Path mapped = Files.createDirectories(elsewhere.resolve("ws/" + ID));
        WorkspaceLocator locator = WorkspaceLocator.forRepoRoot(repo,
                List.of(PathMapping.parse("F:\\Dev\\RD-Agent-main\\git_ignore_folder\\RD-Agent_workspace="
                        + elsewhere.resolve("ws"))));
        WorkspaceResolution r = locator.resolve("f:\\dev\\RD-Agent-main\\git_ignore_folder\\RD-Agent_workspace\\" + ID);
        assertThat(r.folder()).isEqualTo(mapped);
        assertThat(r.method()).isEqualTo(WorkspaceResolution.Method.PATH_MAP);
    }

    @Test
    void pathMapMatchesWholeSegmentsOnly(@TempDir Path elsewhere) {
        WorkspaceLocator locator = WorkspaceLocator.forRepoRoot(repo,
                List.of(PathMapping.parse("/mnt/f/Dev=" + elsewhere)));
        WorkspaceResolution r = locator.resolve("/mnt/f/DevX/git_ignore_folder/RD-Agent_workspace/" + ID);
        assertThat(r.method()).isEqualTo(WorkspaceResolution.Method.REROOTED);
    }

    @Test
    void existingPosixPathIsTakenAsStored() {
        WorkspaceResolution r = WorkspaceLocator.forRepoRoot(repo, List.of()).resolve(workspace.toString());
        assertThat(r.method()).isEqualTo(WorkspaceResolution.Method.AS_STORED);
    }

    @Test
    void unresolvablePathIsReportedWithWhatWasTried() {
        WorkspaceResolution r = WorkspaceLocator.forRepoRoot(repo, List.of())
                .resolve("D:\\nowhere\\git_ignore_folder\\RD-Agent_workspace\\missing");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.method()).isEqualTo(WorkspaceResolution.Method.UNRESOLVED);
        assertThat(r.tried()).extracting(Path::toString)
                .contains("/mnt/d/nowhere/git_ignore_folder/RD-Agent_workspace/missing",
                        repo.resolve("git_ignore_folder/RD-Agent_workspace/missing").toString());
    }

    @Test
    void blankAndOddPathsNeverThrow() {
        WorkspaceLocator locator = WorkspaceLocator.forRepoRoot(repo, List.of());
        assertThat(locator.locate(null)).isEmpty();
        assertThat(locator.locate("")).isEmpty();
        assertThat(locator.locate("C:")).isEmpty();
        assertThat(locator.locate("\\\\wsl$\\Ubuntu\\x\0y")).isEmpty();
    }

    @Test
    void malformedPathMapIsRejectedWithAnExample() {
        assertThatThrownBy(() -> PathMapping.parse("no-equals-sign"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid path map 'no-equals-sign': expected FROM=TO");
    }

    @Test
    void bundledSampleResolvesWhereverItIsCheckedOut() {
        WorkspaceLocator locator = WorkspaceLocator.forRegistry(TestRegistries.SAMPLE_DB, List.of());
        assertThat(locator.repoRoot()).isEqualTo(TestRegistries.SAMPLE_ROOT);
        try (RegistryReader reader = RegistryReader.open(TestRegistries.SAMPLE_DB)) {
            List<Workspace> all = reader.allWorkspaces(WorkspaceQuery.ALL);
            assertThat(all).isNotEmpty().allSatisfy(w -> {
                assertThat(w.workspacePath()).startsWith("/mnt/f/Dev/RD-Agent-main/");
                assertThat(locator.locate(w.workspacePath())).as(w.workspacePath()).isPresent();
            });
        }
    }
}
