package rdresults.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rdresults.model.testing.Python3;

class PythonJsonTest {

    private static final String MIXED = "{\"b\": [1, 2.0, null, true, \"é\\n\\\"x\\u0001\"], "
            + "\"a\": {\"z\": NaN, \"y\": -0.0}, \"é\": 1, \"\ue000\": 2, \"😀\": 3}";

    @Test
    void dumpsSortsKeysByCodePointWithPythonSeparators() {
        JsonNode node = PythonJson.parse(MIXED, "vector");
        assertThat(PythonJson.dumps(node)).isEqualTo("{\"a\": {\"y\": -0.0, \"z\": NaN}, "
                + "\"b\": [1, 2.0, null, true, \"é\\n\\\"x\\u0001\"], \"é\": 1, \"\ue000\": 2, \"😀\": 3}");
    }

    @Test
    void dumpsMatchesRealPython() {
        String doc = "{\"model\": {\"class\": \"LGBModel\", \"kwargs\": {\"lr\": 1e-05, \"n\": 100000000.0, "
                + "\"big\": 1e16, \"list\": [0.1, 2, \"因子\", false, {\"z\": 1, \"Z\": 2, \"_\": 3}]}}, "
                + "\"dates\": [\"2018-08-01\"], \"ctl\": \"\\t\\b\\f\\r\\u001f\\\\/\", \"empty\": {}, \"none\": []}";
        String expected = Python3.run("""
                import sys, json
                print(json.dumps(json.loads(sys.stdin.read()), sort_keys=True, ensure_ascii=False))
                """, doc).strip();
        assertThat(PythonJson.dumps(PythonJson.parse(doc, "doc"))).isEqualTo(expected);
    }

    @Test
    void dumpIndentedMatchesPythonIndentTwoAndKeepsKeyOrder() {
        String doc = "{\"z\": [1, {\"b\": 0.5, \"a\": []}], \"a\": {}, \"名\": \"值\"}";
        String expected = Python3.run("""
                import sys, json
                sys.stdout.write(json.dumps(json.loads(sys.stdin.read()), indent=2, ensure_ascii=False))
                """, doc);
        assertThat(PythonJson.dumpIndented(PythonJson.parse(doc, "doc"))).isEqualTo(expected);
    }

    @Test
    void dumpIndentedWithPythonTokensMatchesPython() {
        String doc = "{\"ic\": NaN, \"hi\": Infinity, \"lo\": [-Infinity, 1.0, 2], \"名\": {}}";
        String expected = Python3.run("""
                import sys, json
                sys.stdout.write(json.dumps(json.loads(sys.stdin.read()), indent=2, ensure_ascii=False))
                """, doc);
        assertThat(PythonJson.dumpIndented(PythonJson.parse(doc, "doc"), PythonJson.NonFinite.PYTHON_TOKENS))
                .isEqualTo(expected);
    }

    @Test
    void dumpIndentedWritesTheChosenNonFiniteSpelling() {
        JsonNode node = PythonJson.parse("{\"a\": [NaN, -Infinity], \"b\": 0.5}", "doc");
        assertThat(PythonJson.dumpIndented(node, PythonJson.NonFinite.PYTHON_TOKENS))
                .isEqualTo("{\n  \"a\": [\n    NaN,\n    -Infinity\n  ],\n  \"b\": 0.5\n}");
        assertThat(PythonJson.dumpIndented(node, PythonJson.NonFinite.NULL))
                .isEqualTo(PythonJson.dumpIndented(node))
                .isEqualTo("{\n  \"a\": [\n    null,\n    null\n  ],\n  \"b\": 0.5\n}");
    }

    @Test
    void valueToTreeKeepsOrderIntegersFloatsAndNaN() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", 1);
        value.put("a", 1.0);
        value.put("n", Double.NaN);
        value.put("l", Arrays.asList(2L, 1e-05, null, "因子"));
        JsonNode node = PythonJson.valueToTree(value);
        assertThat(PythonJson.dumpIndented(node, PythonJson.NonFinite.PYTHON_TOKENS)).isEqualTo("""
                {
                  "z": 1,
                  "a": 1.0,
                  "n": NaN,
                  "l": [
                    2,
                    1e-05,
                    null,
                    "因子"
                  ]
                }""");
    }

    @Test
    void dumpIndentedAtADepthIsTheSameTextAsInsideTheWholeDocument() {
        JsonNode doc = PythonJson.parse("{\"list\": [{\"a\": [1, {}], \"b\": {\"c\": NaN}}, [], 3]}", "doc");
        String whole = PythonJson.dumpIndented(doc);
        for (JsonNode item : doc.get("list")) {
            assertThat(whole).contains("\n    " + PythonJson.dumpIndented(item, 2));
        }
        assertThat(PythonJson.dumpIndented(doc, 0)).isEqualTo(whole);
    }

    @Test
    void strictOutputsWriteNonFiniteAsNull() {
        JsonNode node = PythonJson.parse("{\"a\": NaN, \"b\": Infinity, \"c\": -Infinity, \"d\": 1.5}", "doc");
        assertThat(PythonJson.dumpCompact(node)).isEqualTo("{\"a\":null,\"b\":null,\"c\":null,\"d\":1.5}");
        assertThat(PythonJson.dumpIndented(node)).doesNotContain("NaN", "Infinity");
    }

    @Test
    void parseAcceptsUtf8Bom() {
        byte[] bytes = "\uFEFF{\"decision\": true}".getBytes(StandardCharsets.UTF_8);
        assertThat(PythonJson.parse(bytes, "feedback.json").get("decision").booleanValue()).isTrue();
    }

    @Test
    void aStreamingParserReadsTheTreesParseReads() throws IOException {
        byte[] bytes = ("\uFEFF[" + MIXED + ", [1, 1.0, 12345678901234567890]]").getBytes(StandardCharsets.UTF_8);
        JsonNode whole = PythonJson.parse(bytes, "doc");
        try (JsonParser p = PythonJson.parser(new ByteArrayInputStream(bytes))) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            for (JsonNode expected : whole) {
                p.nextToken();
                JsonNode one = PythonJson.readValue(p);
                assertThat(one).isEqualTo(expected);
                assertThat(PythonJson.dumps(one)).isEqualTo(PythonJson.dumps(expected));
            }
            assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
        }
        try (JsonParser p = PythonJson.parser(new ByteArrayInputStream("[null]".getBytes(StandardCharsets.UTF_8)))) {
            p.nextToken();
            p.nextToken();
            assertThat(PythonJson.readValue(p).isNull()).isTrue();
        }
    }

    @Test
    void parseKeepsIntegersAndFloatsApart() {
        JsonNode node = PythonJson.parse("[1, 1.0, 12345678901234567890]", "doc");
        assertThat(PythonJson.dumps(node)).isEqualTo("[1, 1.0, 12345678901234567890]");
    }

    @Test
    void invalidJsonNamesTheInputAndPosition() {
        assertThatThrownBy(() -> PythonJson.parse("{\"a\": ", "ws/factor_perf.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid JSON in ws/factor_perf.json: ")
                .hasMessageContaining("line 1");
    }

    @Test
    void trailingGarbageIsInvalid() {
        assertThatThrownBy(() -> PythonJson.parse("{} x", "f.json")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void emptyDocumentIsInvalid() {
        assertThatThrownBy(() -> PythonJson.parse("  ", "empty.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid JSON in empty.json: empty document");
    }
}
