package rdresults.api.endpoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import rdresults.api.SampleRepository;
import rdresults.api.http.Problems;

/**
 * Walks every operation of the served {@code /q/openapi} document and sends it requests derived from the document
 * alone: the bare operation, each parameter with values its schema admits (bounds included) and with values it
 * refuses, an unknown parameter and a conditional request. Every answer must be one the operation declares, with the
 * declared content type and a body of the declared shape; values the schema refuses must be 400 problems and values
 * it admits must never be.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleRepository.class, restrictToAnnotatedClass = true)
class OpenApiConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\d+(\\.\\d+)*");
    /** Texts tried against a pattern: those it refuses are invalid values of the parameter. */
    private static final List<String> NON_VALUES = List.of("!", "not a value", "1.2", "2025-13", "true,");

    private record Call(String path, Map<String, String> query, String what) {
    }

    @Test
    void everyOperationAnswersAsItsDocumentSays() throws IOException {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        SoftAssertions soft = new SoftAssertions();
        int calls = 0;
        for (Map.Entry<String, JsonNode> path : fields(document.path("paths"))) {
            JsonNode op = path.getValue().path("get");
            if (!op.isObject() || path.getKey().startsWith("/q/")) {
                continue;
            }
            calls += walk(soft, path.getKey(), op);
        }
        assertThat(calls).as("requests sent").isGreaterThan(100);
        soft.assertAll();
    }

    private int walk(SoftAssertions soft, String template, JsonNode op) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<JsonNode> queryParams = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            switch (p.path("in").asText()) {
                case "path" -> pathValues.put(p.path("name").asText(), valid(p).get(0));
                case "query" -> queryParams.add(p);
                default -> { } // If-None-Match: tried below
            }
        }
        Set<String> declared = new LinkedHashSet<>();
        op.path("responses").fieldNames().forEachRemaining(declared::add);
        List<Call> calls = new ArrayList<>();
        calls.add(new Call(fill(template, pathValues), Map.of(), "bare"));
        for (JsonNode p : queryParams) {
            String name = p.path("name").asText();
            valid(p).forEach(v -> calls.add(new Call(fill(template, pathValues), Map.of(name, v), "valid")));
            invalid(p.path("schema")).forEach(v ->
                    calls.add(new Call(fill(template, pathValues), Map.of(name, v), "invalid")));
        }
        for (JsonNode p : op.path("parameters")) {
            if (p.path("in").asText().equals("path")) {
                for (String bad : invalid(p.path("schema"))) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(p.path("name").asText(), bad.isEmpty() ? "%20" : bad);
                    calls.add(new Call(fill(template, values), Map.of(), "invalid"));
                }
            }
        }
        calls.add(new Call(fill(template, pathValues), Map.of("zz_unknown", "1"),
                declared.contains("400") ? "invalid" : "valid"));
        for (Call call : calls) {
            Response r = request().queryParams(call.query()).get(call.path());
            String what = "GET " + call.path() + " " + call.query() + " (" + call.what() + ")";
            checkAnswer(soft, op, declared, r, what);
            if (call.what().equals("invalid")) {
                soft.assertThat(r.statusCode()).as(what).isEqualTo(400);
            } else {
                soft.assertThat(r.statusCode()).as(what).isNotEqualTo(400).isLessThan(500);
            }
            if (call.what().equals("bare") && r.statusCode() == 200 && declared.contains("304")) {
                Response again = request().header("If-None-Match", r.header("ETag")).get(call.path());
                checkAnswer(soft, op, declared, again, what + " If-None-Match");
                soft.assertThat(again.statusCode()).as(what + " If-None-Match").isEqualTo(304);
            }
        }
        return calls.size();
    }

    /** The answer's status is declared, and its content type and body are those declared for that status. */
    private static void checkAnswer(SoftAssertions soft, JsonNode op, Set<String> declared, Response r,
                                    String what) {
        String status = Integer.toString(r.statusCode());
        soft.assertThat(declared).as(what + ": status " + status + " declared; body " + r.asString())
                .contains(status);
        JsonNode content = op.path("responses").path(status).path("content");
        if (!content.isObject()) {
            soft.assertThat(r.asByteArray()).as(what + ": no body for " + status).isEmpty();
            return;
        }
        String type = r.contentType() == null ? "" : r.contentType().split(";")[0].trim();
        soft.assertThat(content.has(type)).as(what + ": content type " + type + " declared for " + status + " in "
                + content).isTrue();
        JsonNode schema = content.path(type).path("schema");
        if (type.equals(Problems.MEDIA_TYPE)) {
            JsonNode body = parse(r);
            soft.assertThat(body.path("status").asInt()).as(what + ": problem status").isEqualTo(r.statusCode());
            for (String member : List.of("type", "title", "detail")) {
                soft.assertThat(body.path(member).isTextual()).as(what + ": problem " + member).isTrue();
            }
        } else if (schema.path("type").asText().equals("object")) {
            soft.assertThat(parse(r).isObject()).as(what + ": a JSON object").isTrue();
        } else {
            soft.assertThat(r.asByteArray()).as(what + ": a body").isNotEmpty();
        }
    }

    /** Values the schema admits: its bounds, its examples, the words of its pattern that match it, or any text. */
    private static List<String> valid(JsonNode param) {
        JsonNode schema = param.path("schema");
        List<String> out = new ArrayList<>();
        switch (schema.path("type").asText()) {
            case "integer" -> {
                long min = schema.has("minimum") ? schema.path("minimum").asLong() : 0;
                out.add(Long.toString(min));
                if (schema.has("maximum")) {
                    out.add(schema.path("maximum").asText());
                    out.add(Long.toString((min + schema.path("maximum").asLong()) / 2));
                } else {
                    out.add(Long.toString(min + 1));
                }
            }
            case "boolean" -> out.addAll(List.of("true", "false"));
            default -> {
                String pattern = schema.path("pattern").asText(null);
                schema.path("examples").forEach(e -> out.add(e.asText()));
                if (param.path("in").asText().equals("query")) {
                    out.add(""); // an empty value means absent, which every query parameter may be
                }
                if (pattern == null) {
                    out.add("x");
                } else if (!param.path("description").asText().contains("(opaque)")) {
                    // an opaque value (a cursor) of the right shape may still be unknown to the service
                    Matcher words = WORD.matcher(pattern);
                    while (words.find()) {
                        out.add(words.group());
                    }
                    out.add("1.0.0");
                }
                if (pattern != null) {
                    out.removeIf(v -> !Pattern.compile(pattern).matcher(v).find());
                }
            }
        }
        assertThat(out).as("valid values for %s", param).isNotEmpty();
        return out.stream().distinct().toList();
    }

    /** Values the schema refuses: outside the bounds, not of the type, not matching the pattern. */
    private static List<String> invalid(JsonNode schema) {
        List<String> out = new ArrayList<>();
        switch (schema.path("type").asText()) {
            case "integer" -> {
                out.addAll(List.of("abc", "", "1.5", "99999999999999999999"));
                if (schema.has("minimum")) {
                    out.add(Long.toString(schema.path("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    out.add(Long.toString(schema.path("maximum").asLong() + 1));
                }
            }
            case "boolean" -> out.addAll(List.of("maybe", ""));
            default -> {
                String pattern = schema.path("pattern").asText(null);
                if (pattern != null) {
                    NON_VALUES.stream().filter(v -> !Pattern.compile(pattern).matcher(v).find()).forEach(out::add);
                }
            }
        }
        return out;
    }

    private static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    private static RequestSpecification request() {
        return given().config(RAW).urlEncodingEnabled(true).redirects().follow(false);
    }

    private static JsonNode parse(Response r) {
        try {
            return JSON.readTree(r.asByteArray());
        } catch (IOException e) {
            return JSON.getNodeFactory().missingNode();
        }
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }
}
