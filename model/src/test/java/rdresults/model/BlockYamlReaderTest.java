package rdresults.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block-style reader gives exactly the full parser's tree for every text it takes, takes the shapes Qlib and
 * RD-Agent configurations use, and leaves everything else to the full parser: hand-written cases, every YAML file
 * of the bundled sample, and thousands of mutations of them.
 */
class BlockYamlReaderTest {

    private static final String QLIB_CONFIG = """
            qlib_init:
                provider_uri: "/mnt/f/Dev/AIstock/qlib_bin/qlib_bin_20251209"
                region: cn

            market: &market csi300
            benchmark: &benchmark SH000300
            data_handler_config: &data_handler_config
                start_time: 2018-08-01
                end_time: 2025-12-01
                instruments: *market
                infer_processors:
                    - class: FilterCol
                      kwargs:
                          fields_group: feature
                          col_list: [RESI5, WVMA5, 'KLEN', "CORR5"]
                    - class: RobustZScoreNorm
                      kwargs: {fields_group: feature, clip_outlier: true}
                    - {}
                learn_processors:
                - class: DropnaLabel
                - CSRankNorm   # a trailing comment
                label: ["Ref($close, -2) / Ref($close, -1) - 1"]
            port_analysis_config: &port_analysis_config
                strategy:
                    class: TopkDropoutStrategy
                    kwargs:
                        signal: "<PRED>"
                        topk: 50
                        n_drop: 5
                        stop_loss: -0.1
                        clock: 12:30
                        weight: 1.0e-5
                        ratio: 2e-05
                        flags: [yes, No, ~, null, 0x1f, 0o17, 017, 1_000, .inf, -.NaN]
                backtest:
                    start_time: 2024-07-01 09:30:00
                    account: 100000000
                    benchmark: *benchmark
                    empty:
                    quoted: 'it''s "fine" # not a comment'
                    escaped: "tab\\there \\"q\\" \\\\"
                    text: 中文描述：因子 # comment
                    url: http://example.com/a#b
            task:
                model:
                    class: LGBModel
                    kwargs:
                        loss: mse
                dataset:
                    class: DatasetH
                    kwargs:
                        handler:
                            kwargs: *data_handler_config
                        segments:
                            train: [2018-08-01, 2020-12-31]
                            valid: [2021-01-01, 2021-12-31]
                record:
                    - class: SignalRecord
                      kwargs:
                        model: <MODEL>
                        dataset: <DATASET>
                    -
                      class: PortAnaRecord
                      kwargs:
                        config: *port_analysis_config
                    -
            1: one
            true: key
            2018-01-01: date key
            """;

    @Test
    void readsAQlibConfigurationAsTheFullParserDoes() {
        assertTaken(QLIB_CONFIG);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\n",
        "a: 1",
        "a:\n- x\n- y\nb: 2\n",
        "a:\n  - b: 1\n    c:\n    - 2\n  - d\n",
        "a: &x [1, [2, 3], {k: v}]\nb: *x\n",
        "a: &x\n  k: v\nb: *x\nc: *x\n",
        "a: [ ]\nb: { }\nc: []\n",
        "a: -1\nb: -x\n",
        "k: v # c\n# whole-line comment\n  # indented comment\nm: n\n",
        "a: \"\"\nb: ''\nc: ' '\n",
        "a:\n  b:\n    c:\n      d: deep\n  e: back\n",
        "x: a,b[0]{y}\n",
        "x: 2001-12-14t21:59:43.10-05:00\n",
        "x: 1e3\ny: 1.5e3\nz: +12\nw: 0b101\n",
        "x: On\ny: OFF\nz: n\n",
        "a: [1, 2,\n  3]\nb:\n  - [x, # comment\n     y]\n",
        "a: 1\r\nb:\r\n  - [x,\r\n     y]\r\n  - 'q' # c\r\n",
    })
    void takesTheShapesConfigsUse(String text) {
        assertTaken(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: |\n  block\n",
        "a: >\n  folded\n",
        "a: !!str 1\n",
        "base: &b {x: 1}\nd:\n  <<: *b\n",
        "a: 1\na: 2\n",
        "a: plain\n  continued\n",
        "a: \"open\n  quote\"\n",
        "a:\tb\n",
        "a: 1\rb: 2\r",
        "a: 'x\r\n  y'\r\n",
        "---\na: 1\n",
        "%YAML 1.1\n---\na: 1\n",
        "- a\n- b\n",
        "plain text\n",
        "\"quoted key\": 1\n",
        "? complex\n: key\n",
        "a: [1, 2,]\n",
        "a: [1,\n2]\n",
        "a: *missing\n",
        "a: &x 1\nb: &x 2\n",
        "a: b: c\n",
        "a:\n    b: 1\n  c: 2\n",
        "a: \"\\x41\"\n",
        "\uFEFFa: 1\n",
        "",
        "# only a comment\n",
    })
    void leavesEverythingElseToTheFullParser(String text) {
        BlockYamlCheck.Outcome outcome = BlockYamlCheck.check(text);
        assertThat(outcome.taken()).as("taken: %s", text).isFalse();
        assertThat(outcome.divergence()).isNull();
    }

    @Test
    void deepNestingIsLeftToTheFullParserAndItsLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        text.append(" ".repeat(60)).append("leaf: 1\n");
        assertThat(BlockYamlCheck.check(text.toString()).taken()).isFalse();
    }

    @Test
    void readsEveryYamlFileOfTheSampleAsTheFullParserDoes() throws IOException {
        List<String> texts = corpus();
        int taken = 0;
        for (String text : texts) {
            BlockYamlCheck.Outcome outcome = BlockYamlCheck.check(text);
            assertThat(outcome.divergence()).isNull();
            taken += outcome.taken() ? 1 : 0;
        }
        assertThat(texts).hasSizeGreaterThan(40);
        // the sample's configs and MLflow meta files are all in the subset: the fast path is really taken
        assertThat(taken).isEqualTo(texts.size() - 1); // yaml-traps.yaml holds merge keys and block scalars
    }

    /** Random edits of real documents: whatever the reader takes must equal the full parser's tree. */
    @Test
    void mutatedDocumentsNeverDivergeFromTheFullParser() throws IOException {
        List<String> texts = new ArrayList<>(corpus());
        texts.add(QLIB_CONFIG);
        Random random = new Random(Long.getLong("yaml.seed", 20261206L));
        String alphabet = " \n\r:-#&*[]{},'\"!|>?%@`~\\0aZ.9_\u4e2d\t";
        int taken = 0;
        int mutations = Integer.getInteger("yaml.mutations", 6000);
        for (int i = 0; i < mutations; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            StringBuilder mutated = new StringBuilder(text);
            for (int edits = 1 + random.nextInt(3); edits > 0 && !mutated.isEmpty(); edits--) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(4)) {
                    case 0 -> mutated.deleteCharAt(at);
                    case 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 2 -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> mutated.insert(at, "  ");
                }
            }
            BlockYamlCheck.Outcome outcome = BlockYamlCheck.check(mutated.toString());
            assertThat(outcome.divergence()).as("mutation %d:%n%s", i, mutated).isNull();
            taken += outcome.taken() ? 1 : 0;
        }
        assertThat(taken).as("mutations the reader took").isGreaterThan(mutations / 10);
    }

    private static void assertTaken(String text) {
        BlockYamlCheck.Outcome outcome = BlockYamlCheck.check(text);
        assertThat(outcome.divergence()).isNull();
        assertThat(outcome.taken()).as("taken: %s", text).isTrue();
    }

    private static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = BlockYamlReaderTest.class.getResourceAsStream("/yaml-traps.yaml")) {
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Path sample = Path.of("..", "examples", "sample");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }
}
