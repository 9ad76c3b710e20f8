package rdresults.registry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vectors produced by CPython 3.11 for repr(float), json.dumps, isoformat and uuid5. */
class PythonPrimitivesTest {

    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1", "1e-05, 1e-05", "2e-05, 2e-05", "1e16, 1e+16", "1e15, 1000000000000000.0",
        "123456789012345678.0, 1.2345678901234568e+17", "0.0001, 0.0001", "0.00001234, 1.234e-05", "-0.0, -0.0",
        "1.0, 1.0", "100000000.0, 100000000.0", "0.024135534124870524, 0.024135534124870524", "4.9e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308", "2.82879384806159e17, 2.82879384806159e+17",
        "0.3333333333333333, 0.3333333333333333", "9007199254740993.0, 9007199254740992.0", "1e22, 1e+22",
        "1e23, 1e+23", "-0.11990529266183111, -0.11990529266183111"})
    void floatReprMatchesPython(double value, String python) {
        assertThat(PyFloat.repr(value)).isEqualTo(python);
    }

    @Test
    void nanAndInfinityUseJsonTokens() {
        assertThat(PyFloat.repr(Double.NaN)).isEqualTo("NaN");
        assertThat(PyFloat.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void dumpsMatchesPythonDefaults() {
        Map<String, Object> value = QlibConfigs.map("a", List.of(1, 2.5, QlibConfigs.map("b", null)),
                "c", "量\n\"", "d", Double.NaN);
        assertThat(PyJson.dumps(value)).isEqualTo("{\"a\": [1, 2.5, {\"b\": null}], \"c\": \"\\u91cf\\n\\\"\", "
                + "\"d\": NaN}");
    }

    @Test
    void prettyMatchesIndentTwoWithoutAsciiEscapes() {
        Map<String, Object> value = QlibConfigs.map("a", List.of(), "b", Map.of(),
                "c", Arrays.asList(1, QlibConfigs.map("x", "量")));
        assertThat(PyJson.pretty(value)).isEqualTo("""
                {
                  "a": [],
                  "b": {},
                  "c": [
                    1,
                    {
                      "x": "量"
                    }
                  ]
                }""");
    }

    @Test
    void isoformatDropsZeroMicroseconds() {
        long base = Instant.parse("2025-10-13T08:00:00Z").getEpochSecond() * 1_000_000L;
        assertThat(IsoTimes.format(base)).isEqualTo("2025-10-13T08:00:00+00:00");
        assertThat(IsoTimes.format(base + 50)).isEqualTo("2025-10-13T08:00:00.000050+00:00");
        assertThat(IsoTimes.logFolderName(base + 963_051)).isEqualTo("2025-10-13_08-00-00-963051");
        assertThat(IsoTimes.compactDate(base)).isEqualTo("20251013");
    }

    @Test
    void uuid5MatchesPython() {
        assertThat(SyntheticIds.artifactId("abc", "def", "report", "qlib_report"))
                .isEqualTo("6273ad10209652abb71457aff7052ab1");
        assertThat(SyntheticIds.bootstrapWorkspaceId("t", 0, "/mnt/f/x/量"))
                .isEqualTo("03266590ad60578699cb5847b6e3e17c");
    }

    @Test
    void modelTypeFollowsTheForkRule() {
        assertThat(new ModelCode().modelType(ModelKind.TCN)).isEqualTo("TCNModel");
        assertThat(new ModelCode().modelType(ModelKind.MLP_RESIDUAL)).isEqualTo("Net");
        assertThat(new ModelCode().modelType(ModelKind.TRANSFORMER)).isEqualTo("TransformerModel");
    }
}
