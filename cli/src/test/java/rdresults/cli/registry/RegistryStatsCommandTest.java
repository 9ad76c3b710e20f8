package rdresults.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
class RegistryStatsCommandTest {

    @Inject
    RdrLauncher launcher;

    @Test
    void jsonCountsMatchTheSample() {
        LaunchResult result = launcher.launch("registry", "stats", "--repo-root", Samples.SAMPLE, "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getErrorOutput()).isEmpty();
        JsonNode stats = Samples.json(result.getOutput());
        assertThat(stats.at("/tables/task_runs").asInt()).isEqualTo(3);
        assertThat(stats.at("/tables/loops").asInt()).isEqualTo(24);
        assertThat(stats.at("/tables/workspaces").asInt()).isEqualTo(57);
        assertThat(stats.get("loops_with_result").asInt()).isEqualTo(21);
        assertThat(stats.get("loops_solidified").asInt()).isEqualTo(10);
        assertThat(stats.at("/workspace_paths/total").asInt()).isEqualTo(57);
        assertThat(stats.at("/workspace_paths/unresolved_count").asInt()).isZero();
        assertThat(stats.at("/workspace_paths/unresolved").size()).isZero();
    }

    @Test
    void jsonGroupsLoopsByStatusAndAction() {
        JsonNode stats = Samples.json(launcher.launch("registry", "stats", "--repo-root", Samples.SAMPLE, "--json")
                .getOutput());
        assertThat(stats.at("/loops_by_action/factor").asInt() + stats.at("/loops_by_action/model").asInt())
                .isEqualTo(24);
        assertThat(stats.at("/loops_by_status/success").asInt()).isEqualTo(22);
        assertThat(stats.at("/task_runs_by_status/success").asInt()).isEqualTo(2);
    }

    @Test
    void humanViewShowsCountsAndResolution() {
        LaunchResult result = launcher.launch("registry", "stats", "--repo-root", Samples.SAMPLE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).contains(
                "loops            24",
                "task_runs        3",
                "workspaces       57",
                "loops with result: 21",
                "loops solidified:  10",
                "workspace paths:   57 of 57 resolved (rerooted 57)");
    }

    @Test
    void registryFoundFromTheRepoRoot() {
        JsonNode stats = Samples.json(launcher.launch("registry", "stats", "--repo-root", Samples.SAMPLE, "--json")
                .getOutput());
        assertThat(stats.get("registry").asText())
                .isEqualTo(Samples.sampleRoot().resolve("RDagentDB/registry.sqlite").toString());
    }

    @Test
    void unresolvedWorkspacesAreListedAllInJson(@TempDir Path repo) {
        Samples.copyRegistry(repo);
        JsonNode stats = Samples.json(launcher.launch("registry", "stats", "--repo-root", repo.toString(), "--json")
                .getOutput());
        assertThat(stats.at("/workspace_paths/unresolved_count").asInt()).isEqualTo(57);
        assertThat(stats.at("/workspace_paths/unresolved").size()).isEqualTo(57);
        assertThat(stats.at("/workspace_paths/unresolved/0/workspace_path").asText())
                .startsWith(Samples.STORED_ROOT);
    }

    @Test
    void humanViewListsAtMostTwentyUnresolved(@TempDir Path repo) {
        Samples.copyRegistry(repo);
        LaunchResult result = launcher.launch("registry", "stats", "--repo-root", repo.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).contains("workspace paths:   0 of 57 resolved",
                "... and 37 more (--json lists all)");
        assertThat(result.getOutputStream().stream().filter(l -> l.contains("RD-Agent_workspace/"))).hasSize(20);
    }

    @Test
    void pathMapResolvesMovedWorkspaces(@TempDir Path repo) {
        Samples.copyRegistry(repo);
        JsonNode stats = Samples.json(launcher.launch("registry", "stats", "--repo-root", repo.toString(), "--json",
                "--path-map", Samples.STORED_ROOT + "=" + Samples.sampleRoot()).getOutput());
        assertThat(stats.at("/workspace_paths/unresolved_count").asInt()).isZero();
        assertThat(stats.at("/workspace_paths/by_method/path_map").asInt()).isEqualTo(57);
    }

    @Test
    void registrySqliteAloneLocatesWorkspacesBesideTheRegistry() {
        String db = Samples.sampleRoot().resolve("RDagentDB/registry.sqlite").toString();
        JsonNode stats = Samples.json(launcher.launch("registry", "stats", "--registry-sqlite", db, "--json")
                .getOutput());
        assertThat(stats.at("/workspace_paths/resolved").asInt()).isEqualTo(57);
    }
}
