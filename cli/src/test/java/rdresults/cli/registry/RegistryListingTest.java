package rdresults.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
class RegistryListingTest {

    @Inject
    RdrLauncher launcher;

    private static JsonNode list(QuarkusMainLauncher launcher, String listing, String... options) {
        String[] args = Stream.concat(Stream.of("registry", listing, "--repo-root", Samples.SAMPLE, "--json"),
                Stream.of(options)).toArray(String[]::new);
        LaunchResult result = launcher.launch(args);
        assertThat(result.exitCode()).as(result.getErrorOutput()).isEqualTo(ExitCodes.OK);
        return Samples.json(result.getOutput());
    }

    @ParameterizedTest
    @CsvSource({"task-runs, 3", "loops, 24", "workspaces, 57"})
    void jsonListsEveryRowWithinTheLimit(String listing, int rows) {
        JsonNode page = list(launcher, listing, "--limit", "100");
        assertThat(page.get("items").size()).isEqualTo(rows);
        assertThat(page.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void loopKeysAreTheRegistryColumnNames() {
        JsonNode loop = list(launcher, "loops", "--limit", "1").at("/items/0");
        List<String> keys = new ArrayList<>();
        loop.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("task_run_id", "loop_id", "action", "status", "has_result",
                "best_workspace_id", "started_at_utc", "ended_at_utc", "error_type", "error_message", "ic_mean",
                "rank_ic_mean", "ann_return", "mdd", "turnover", "multi_score", "metrics_json", "log_dir",
                "materialization_status", "materialization_error", "materialization_updated_at_utc",
                "asset_bundle_id", "is_solidified", "sync_status", "updated_at_utc");
    }

    @ParameterizedTest
    @CsvSource({"--has-result, true, 21", "--has-result, false, 3", "--solidified, true, 10",
        "--action, model, 10", "--status, failed, 1", "--materialization-status, done, 15"})
    void loopFiltersNarrowTheListing(String option, String value, int rows) {
        JsonNode page = list(launcher, "loops", "--limit", "100", option, value);
        assertThat(page.get("items").size()).isEqualTo(rows);
        page.get("items").forEach(loop -> assertThat(loop.get(option.substring(2).replace('-', '_')
                .replace("solidified", "is_solidified")).asText()).isEqualTo(value));
    }

    @Test
    void taskRunFilterAppliesToEveryListing() {
        String run = list(launcher, "task-runs").at("/items/0/task_run_id").asText();
        assertThat(list(launcher, "task-runs", "--task-run-id", run).get("items")).hasSize(1);
        JsonNode loops = list(launcher, "loops", "--limit", "100", "--task-run-id", run).get("items");
        assertThat(loops).isNotEmpty().allSatisfy(l -> assertThat(l.get("task_run_id").asText()).isEqualTo(run));
        JsonNode workspaces = list(launcher, "workspaces", "--limit", "100", "--task-run-id", run, "--loop-id", "0")
                .get("items");
        assertThat(workspaces).isNotEmpty().allSatisfy(w -> {
            assertThat(w.get("task_run_id").asText()).isEqualTo(run);
            assertThat(w.get("loop_id").asLong()).isZero();
        });
    }

    @Test
    void timeWindowFiltersByStartOfLoop() {
        JsonNode early = list(launcher, "loops", "--limit", "100", "--created-until", "2025-10-13T12:00:00+00:00");
        JsonNode late = list(launcher, "loops", "--limit", "100", "--created-since", "2025-10-13T12:00:00+00:00");
        assertThat(early.get("items").size() + late.get("items").size()).isEqualTo(24);
        assertThat(early.get("items")).allSatisfy(l ->
                assertThat(l.get("started_at_utc").asText()).isLessThan("2025-10-13T12:00:00+00:00"));
    }

    @Test
    void artifactsCarryTheirFiles() {
        JsonNode reports = list(launcher, "artifacts", "--limit", "100", "--type", "report").get("items");
        assertThat(reports).hasSize(7).allSatisfy(a -> {
            assertThat(a.get("artifact_type").asText()).isEqualTo("report");
            assertThat(a.get("primary_flag").isBoolean()).isTrue();
            assertThat(a.get("files").isArray()).isTrue();
        });
        JsonNode file = reports.get(0).at("/files/0");
        assertThat(file.get("artifact_id").asText()).isEqualTo(reports.get(0).get("artifact_id").asText());
        assertThat(file.has("size_bytes")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"loops, 7", "workspaces, 20", "artifacts, 50", "task-runs, 2"})
    void pagesFollowedByCursorGiveTheWholeSetOnce(String listing, int limit) {
        List<String> whole = keys(listing, list(launcher, listing, "--limit", "10000"));
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = cursor == null
                    ? list(launcher, listing, "--limit", String.valueOf(limit))
                    : list(launcher, listing, "--limit", String.valueOf(limit), "--cursor", cursor);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            paged.addAll(keys(listing, page));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(whole);
    }

    /** The sort key of each row: what must appear exactly once across all pages. */
    private static List<String> keys(String listing, JsonNode page) {
        List<String> keys = new ArrayList<>();
        for (JsonNode row : page.get("items")) {
            keys.add(switch (listing) {
                case "loops" -> row.get("task_run_id").asText() + "/" + row.get("loop_id").asText();
                case "workspaces" -> row.get("workspace_id").asText();
                case "artifacts" -> row.get("artifact_id").asText();
                default -> row.get("task_run_id").asText();
            });
        }
        return keys;
    }

    @Test
    void humanTableIsAlignedAndExact() {
        LaunchResult result = launcher.launch("registry", "task-runs", "--repo-root", Samples.SAMPLE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getErrorOutput()).isEmpty();
        assertThat(result.getOutput()).isEqualTo(String.join("\n",
                "TASK_RUN_ID                       SCENARIO      STATUS   CREATED_AT_UTC                    "
                        + "UPDATED_AT_UTC                    RDAGENT_VERSION",
                "51963583cbd94de8919cae1dea88a8fd  ModelRDLoop   running  2025-10-14T02:56:06.868910+00:00  "
                        + "2025-10-14T06:33:39.487530+00:00  -",
                "7daba6df420346bba2e5206c2d9dd4b5  QuantRDLoop   success  2025-10-13T08:31:10.963051+00:00  "
                        + "2025-10-13T13:33:20.983456+00:00  -",
                "acb957e44adf4ba493fca15ceb2b3578  FactorRDLoop  success  2025-10-13T18:13:15.844858+00:00  "
                        + "2025-10-13T23:55:40.650491+00:00  0.7.1.dev189+..."));
    }

    @Test
    void humanTableTellsTheNextCursorOnStderr() {
        LaunchResult first = launcher.launch("registry", "loops", "--repo-root", Samples.SAMPLE, "--limit", "5");
        assertThat(first.getOutputStream()).hasSize(6);
        assertThat(first.getErrorStream()).singleElement().asString().startsWith("more rows: next page with --cursor ");
        String cursor = first.getErrorStream().get(0).substring("more rows: next page with --cursor ".length());
        JsonNode second = list(launcher, "loops", "--limit", "5", "--cursor", cursor);
        assertThat(second.at("/items/0/loop_id").asInt()).isEqualTo(5);
    }

    @Test
    void lastPageHasNoCursorLine() {
        LaunchResult result = launcher.launch("registry", "loops", "--repo-root", Samples.SAMPLE, "--limit", "24");
        assertThat(result.getOutputStream()).hasSize(25);
        assertThat(result.getErrorOutput()).isEmpty();
    }
}
