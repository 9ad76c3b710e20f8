package rdresults.cli.factorlib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;
import rdresults.factorlib.FactorPackage;
import rdresults.model.LoopKey;

@QuarkusTest
class PublishCommandTest {

    @Inject
    RdrLauncher launcher;

    @TempDir
    Path dir;
    SampleLib sample;

    @BeforeEach
    void copySample() {
        sample = SampleLib.in(dir);
    }

    private LaunchResult publish(QuarkusMainLauncher launcher, String... args) {
        List<String> all = new ArrayList<>(List.of("factor-lib", "publish", "--lib", sample.libArg(),
                "--repo-root", sample.repoArg()));
        all.addAll(List.of(args));
        return launcher.launch(all.toArray(String[]::new));
    }

    private static String loop(LoopKey key) {
        return key.taskRunId() + "/" + key.loopId();
    }

    @Test
    void publishesAnAcceptedLoop() {
        FactorPackage.init(sample.lib);
        LaunchResult result = publish(launcher, "--loop", loop(SampleLib.ACCEPTED_A));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getErrorOutput()).isEmpty();
        String a = loop(SampleLib.ACCEPTED_A);
        assertThat(result.getOutputStream()).containsExactly(
                "factor package " + sample.lib + ": 0.1.0 -> 0.1.1",
                "",
                "written:",
                "CHANGE  FUNCTION                             FACTOR                        ORIGIN",
                "added   factor_volume_weighted_momentum_60d  Volume_Weighted_Momentum_60D  " + a + " workspace "
                        + SampleLib.MOMENTUM_WS + " file factor.py",
                "added   factor_upper_shadow_ratio_10d        Upper_Shadow_Ratio_10D        " + a + " workspace "
                        + "de6dd36693a2488183aef18d57a26714 file factor.py",
                "added   factor_volume_spike_5d               Volume_Spike_5D               " + a + " workspace "
                        + "7680f48a0cea4163a257020104e77c3c file factor.py",
                "",
                "factor_meta.json updated:",
                sample.metaA().toString(),
                "",
                "3 written, 0 unchanged, 0 loops and 0 factors skipped, 1 factor_meta.json file updated");
        assertThat(sample.file("rd_factors_lib/VERSION")).hasContent("0.1.1\n");
        assertThat(SampleLib.read(sample.metaA())).contains("\"impl_func\": \"factor_volume_spike_5d\"",
                "\"impl_version\": \"0.1.1\"");
    }

    @Test
    void publishingTheSameLoopAgainMakesNoVersion() {
        FactorPackage.init(sample.lib);
        assertThat(publish(launcher, "--loop", loop(SampleLib.ACCEPTED_A)).exitCode()).isEqualTo(ExitCodes.OK);
        String meta = SampleLib.read(sample.metaA());

        LaunchResult again = publish(launcher, "--loop", loop(SampleLib.ACCEPTED_A), "--json");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = Samples.json(again.getOutput());
        assertThat(json.get("version_before").asText()).isEqualTo("0.1.1");
        assertThat(json.get("version_after").asText()).isEqualTo("0.1.1");
        assertThat(json.get("changed").asBoolean()).isFalse();
        assertThat(json.get("written")).isEmpty();
        assertThat(json.get("unchanged")).hasSize(3);
        assertThat(json.get("updated_meta_files")).isEmpty();
        assertThat(sample.file("rd_factors_lib/VERSION")).hasContent("0.1.1\n");
        assertThat(sample.file("versions/0.1.2.zip")).doesNotExist();
        assertThat(SampleLib.read(sample.metaA())).isEqualTo(meta);
    }

    @Test
    void humanViewSaysWhenNothingChanged() {
        sample.initAndPublish(SampleLib.ACCEPTED_A);
        LaunchResult again = publish(launcher, "--loop", loop(SampleLib.ACCEPTED_A));
        assertThat(again.getOutputStream()).startsWith(
                "factor package " + sample.lib + ": 0.1.1, unchanged (nothing new to publish)", "", "unchanged:",
                "FUNCTION                             FACTOR                        SINCE  LOOP");
        assertThat(again.getOutputStream()).last()
                .isEqualTo("0 written, 3 unchanged, 0 loops and 0 factors skipped, 0 factor_meta.json files updated");
    }

    @Test
    void jsonDescribesWrittenFunctionsAndTheirOrigin() {
        FactorPackage.init(sample.lib);
        LaunchResult result = publish(launcher, "--loop", loop(SampleLib.ACCEPTED_A), "--json");

        JsonNode json = Samples.json(result.getOutput());
        assertThat(json.get("root").asText()).isEqualTo(sample.libArg());
        assertThat(json.get("changed").asBoolean()).isTrue();
        JsonNode first = json.get("written").get(0);
        assertThat(first.get("factor_name").asText()).isEqualTo("Volume_Weighted_Momentum_60D");
        assertThat(first.get("func").asText()).isEqualTo("factor_volume_weighted_momentum_60d");
        assertThat(first.get("change").asText()).isEqualTo("added");
        assertThat(first.get("sha256").asText()).hasSize(64);
        assertThat(first.at("/origin/task_run_id").asText()).isEqualTo(SampleLib.ACCEPTED_A.taskRunId());
        assertThat(first.at("/origin/loop_id").asLong()).isEqualTo(4);
        assertThat(first.at("/origin/workspace_id").asText()).isEqualTo(SampleLib.MOMENTUM_WS);
        assertThat(first.at("/origin/file").asText()).isEqualTo("factor.py");
        assertThat(json.get("updated_meta_files")).singleElement()
                .satisfies(p -> assertThat(p.asText()).isEqualTo(sample.metaA().toString()));
    }

    @Test
    void allAcceptedPublishesEveryAcceptedFactorLoopInOneVersion() {
        FactorPackage.init(sample.lib);
        LaunchResult result = publish(launcher, "--all-accepted", "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = Samples.json(result.getOutput());
        assertThat(json.get("version_after").asText()).isEqualTo("0.1.1");
        List<String> names = new ArrayList<>();
        json.get("written").forEach(w -> names.add(w.get("factor_name").asText()));
        assertThat(names).containsExactlyInAnyOrder("Volume_Weighted_Momentum_60D", "Upper_Shadow_Ratio_10D",
                "Volume_Spike_5D", "Reversal_20D", "Money_Flow_Imbalance_10D", "Bollinger_Width_10D");
        // accepted model loops have no factor_meta.json: reported, and still exit 0
        assertThat(json.get("skipped_loops")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("task_run_id").asText()).isEqualTo(SampleLib.MODEL_RUN);
            assertThat(s.get("reason").asText()).isEqualTo("no_factor_meta");
        });
    }

    @Test
    void rejectedLoopIsReportedAsSkippedWithExitZero() {
        FactorPackage.init(sample.lib);
        LaunchResult result = publish(launcher, "--loop", loop(SampleLib.REJECTED));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).contains("skipped loops:").anySatisfy(line ->
                assertThat(line).startsWith(loop(SampleLib.REJECTED) + "  not_accepted  feedback.json decision is "
                        + "false, not true: "));
        assertThat(result.getOutputStream()).last()
                .isEqualTo("0 written, 0 unchanged, 1 loop and 0 factors skipped, 0 factor_meta.json files updated");
        assertThat(sample.file("rd_factors_lib/VERSION")).hasContent("0.1.0\n");
    }

    @Test
    void repeatedLoopOptionsPublishInOneVersion() {
        FactorPackage.init(sample.lib);
        LaunchResult result = publish(launcher, "--loop", loop(SampleLib.ACCEPTED_A),
                "--loop", loop(SampleLib.ACCEPTED_B), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Samples.json(result.getOutput()).get("written")).hasSize(6);
        assertThat(sample.file("rd_factors_lib/VERSION")).hasContent("0.1.1\n");
    }

    @Test
    void minorBumpsTheMinorPart() {
        FactorPackage.init(sample.lib);
        LaunchResult result = publish(launcher, "--loop", loop(SampleLib.ACCEPTED_A), "--minor");
        assertThat(result.getOutputStream().get(0)).isEqualTo("factor package " + sample.lib + ": 0.1.0 -> 0.2.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7daba6df420346bba2e5206c2d9dd4b5", "7daba6df420346bba2e5206c2d9dd4b5/",
        "/4", "a/b/4", "7daba6df420346bba2e5206c2d9dd4b5/-1", "7daba6df420346bba2e5206c2d9dd4b5/four",
        "7daba6df420346bba2e5206c2d9dd4b5:4", "7daba6df 420346bba2e5206c2d9dd4b5/4"})
    void malformedLoopIsAUsageErrorNamingTheOption(String value) {
        LaunchResult result = publish(launcher, "--loop", value);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: Invalid value for option '--loop' "
                + "(TASK_RUN_ID/LOOP_ID): '" + value + "' is not a task run id, a slash and a loop number, "
                + "e.g. 7daba6df420346bba2e5206c2d9dd4b5/4 (see 'rdr factor-lib publish --help')");
    }

    @Test
    void loopAndAllAcceptedAreMutuallyExclusive() {
        LaunchResult result = publish(launcher, "--all-accepted", "--loop", loop(SampleLib.ACCEPTED_A));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorOutput()).startsWith("rdr: Error: ").contains("mutually exclusive");
    }

    @Test
    void eitherLoopOrAllAcceptedIsRequired() {
        LaunchResult result = publish(launcher);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorOutput()).startsWith("rdr: Error: Missing required argument")
                .contains("--loop", "--all-accepted");
    }

    @Test
    void unknownLoopIsInputUnusable() {
        FactorPackage.init(sample.lib);
        LaunchResult result = publish(launcher, "--loop", "0123456789abcdef0123456789abcdef/99");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorStream()).containsExactly("rdr: loop 0123456789abcdef0123456789abcdef/99 not "
                + "found in registry " + sample.repo.resolve("RDagentDB/registry.sqlite"));
        assertThat(sample.file("rd_factors_lib/VERSION")).hasContent("0.1.0\n");
    }

    @Test
    void folderWithoutPackageIsInputUnusable() {
        LaunchResult result = publish(launcher, "--all-accepted");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorStream()).containsExactly("rdr: not a factor package: " + sample.lib
                + " (missing rd_factors_lib/VERSION); create one with 'rdr factor-lib init'");
    }
}
