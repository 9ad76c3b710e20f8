package rdresults.api.endpoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rdresults.api.SampleRepository;
import rdresults.api.http.Problems;

/**
 * The served OpenAPI document against the endpoints' declarations and against what the running service really
 * does. The accepted query parameters are read from the service's own 400 answer (it lists what is allowed), not
 * from the declarations, so a parameter accepted but not documented fails here however it was added.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleRepository.class, restrictToAnnotatedClass = true)
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNDOCUMENTED = "zz_undocumented";
    private static final Pattern UNKNOWN = Pattern.compile("unknown query parameter '([^']*)'; allowed: (.*)");

    static Stream<Named<Endpoint>> endpoints() {
        return ApiEndpoints.ALL.stream().map(e -> Named.of("GET " + e.path(), e));
    }

    @Test
    void documentsExactlyTheDeclaredEndpoints() throws IOException {
        Set<String> documented = new TreeSet<>();
        document().path("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> declared = new TreeSet<>();
        ApiEndpoints.ALL.forEach(e -> declared.add(e.path()));
        assertThat(declared).hasSize(ApiEndpoints.ALL.size());
        assertThat(documented).isEqualTo(declared);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void documentedQueryParametersAreTheDeclaredOnes(Endpoint endpoint) throws IOException {
        assertThat(documentedNames(operation(endpoint), "query")).isEqualTo(endpoint.queryNames());
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void documentedQueryParametersAreExactlyTheOnesTheServiceAccepts(Endpoint endpoint) throws IOException {
        Set<String> documented = documentedNames(operation(endpoint), "query");
        Response r = given().queryParam(UNDOCUMENTED, "1").get(concretePath(endpoint));
        Matcher unknown = unknownParameter(r);
        if (unknown == null) {
            // the endpoint ignores its query string altogether; then it must document no parameter
            assertThat(r.statusCode()).as("status of %s?%s=1", endpoint.path(), UNDOCUMENTED).isNotEqualTo(400);
            assertThat(documented).as("an endpoint that ignores unknown parameters documents none").isEmpty();
            return;
        }
        assertThat(unknown.group(1)).isEqualTo(UNDOCUMENTED);
        Set<String> accepted = new TreeSet<>();
        Arrays.stream(unknown.group(2).split(", ")).filter(s -> !s.equals(QueryParams.NONE)).forEach(accepted::add);
        assertThat(documented).as("documented vs accepted by %s", endpoint.path()).isEqualTo(accepted);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void eachDocumentedQueryParameterIsAcceptedAndReadAsItsType(Endpoint endpoint) throws IOException {
        for (JsonNode p : parameters(operation(endpoint), "query")) {
            String name = p.path("name").asText();
            Response plausible = given().queryParam(name, plausibleValue(p.path("schema"))).get(concretePath(endpoint));
            assertThat(unknownParameter(plausible)).as("%s?%s rejected as unknown", endpoint.path(), name).isNull();
            String type = p.path("schema").path("type").asText();
            if (type.equals("integer") || type.equals("boolean")) {
                given().queryParam(name, "not-a-" + type).get(concretePath(endpoint)).then().statusCode(400)
                        .contentType(Problems.MEDIA_TYPE)
                        .body("detail", containsString(name));
            }
        }
        for (Param p : endpoint.queryParams()) {
            if (p.type() == ParamType.TIME) {
                given().queryParam(p.name(), "last week").get(concretePath(endpoint)).then().statusCode(400)
                        .body("detail", containsString(p.name() + ": not an ISO-8601"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void pathParametersAreDocumentedInTemplateOrder(Endpoint endpoint) throws IOException {
        List<String> inTemplate = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(endpoint.path());
        while (m.find()) {
            inTemplate.add(m.group(1));
        }
        List<JsonNode> documented = parameters(operation(endpoint), "path");
        assertThat(documented).extracting(p -> p.path("name").asText()).isEqualTo(inTemplate);
        for (JsonNode p : documented) {
            assertThat(p.path("required").asBoolean()).isTrue();
            assertThat(p.path("description").asText()).isNotBlank();
            if (p.path("schema").path("type").asText().equals("integer")) {
                Map<String, Object> values = new HashMap<>(samples());
                values.put(p.path("name").asText(), "not-a-number");
                given().get(concretePath(endpoint, values)).then().statusCode(400).contentType(Problems.MEDIA_TYPE)
                        .body("detail", containsString(p.path("name").asText()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyOperationIsDescribedTaggedAndAnswersAsDocumented(Endpoint endpoint) throws IOException {
        JsonNode op = operation(endpoint);
        assertThat(op.path("summary").asText()).isNotBlank();
        assertThat(op.path("description").asText()).isNotBlank();
        assertThat(op.path("tags")).extracting(JsonNode::asText).containsExactly(endpoint.group().tag());
        for (JsonNode p : op.path("parameters")) {
            assertThat(p.path("description").asText()).as("%s %s", endpoint.path(), p.path("name")).isNotBlank();
        }
        JsonNode responses = op.path("responses");
        assertThat(responses.path("200").path("content").has(endpoint.answer().mediaType())).isTrue();
        Response ok = given().get(concretePath(endpoint));
        assertThat(ok.statusCode()).as("GET %s", concretePath(endpoint)).isEqualTo(200);
        assertThat(ok.contentType()).startsWith(endpoint.answer().mediaType());
        if (endpoint.answer().conditional()) {
            assertThat(responses.has("304")).isTrue();
            assertThat(ok.header("ETag")).isNotNull();
            given().header("If-None-Match", ok.header("ETag")).get(concretePath(endpoint)).then().statusCode(304);
        } else {
            assertThat(responses.has("304")).isFalse();
            assertThat(ok.header("ETag")).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void problemAnswersAreDocumentedAsProblemJson(Endpoint endpoint) throws IOException {
        JsonNode responses = operation(endpoint).path("responses");
        Set<String> expected = new TreeSet<>();
        endpoint.failures().forEach(f -> expected.add(Integer.toString(f.status())));
        if (endpoint.group().tokenApplies()) {
            expected.add("401");
        }
        Set<String> problems = new TreeSet<>();
        responses.fieldNames().forEachRemaining(s -> {
            if (s.startsWith("4") || s.startsWith("5")) {
                problems.add(s);
            }
        });
        assertThat(problems).isEqualTo(expected);
        if (!endpoint.queryParams().isEmpty()) {
            assertThat(problems).contains("400");
        }
        for (String status : problems) {
            JsonNode r = responses.path(status);
            assertThat(r.path("description").asText()).isNotBlank();
            assertThat(r.path("content").path(Problems.MEDIA_TYPE).path("schema").path("$ref").asText())
                    .isEqualTo("#/components/schemas/" + ApiDocumentFilter.PROBLEM_SCHEMA);
        }
        JsonNode security = operation(endpoint).path("security");
        if (endpoint.group().tokenApplies()) {
            assertThat(security.toString()).isEqualTo("[{\"" + ApiDocumentFilter.TOKEN_SCHEME + "\":[]},{}]");
        } else {
            assertThat(security.isMissingNode()).isTrue();
        }
    }

    @Test
    void problemSchemaHasTheMembersTheServiceSends() throws IOException {
        JsonNode schema = document().path("components").path("schemas").path(ApiDocumentFilter.PROBLEM_SCHEMA);
        Set<String> documented = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        for (String path : List.of("/catalog/factors?" + UNDOCUMENTED + "=1", "/factors/NoSuchFactor",
                "/loops/nope/one")) {
            Response r = given().urlEncodingEnabled(false).get(path);
            assertThat(r.contentType()).isEqualTo(Problems.MEDIA_TYPE);
            Set<String> sent = new TreeSet<>();
            JSON.readTree(r.asString()).fieldNames().forEachRemaining(sent::add);
            assertThat(sent).as(path).isEqualTo(documented).isEqualTo(required);
        }
        assertThat(schema.path("properties").path("status").path("type").asText()).isEqualTo("integer");
    }

    @Test
    void tagsAreTheGroupsAndTheTokenSchemeIsDocumentedAsOptional() throws IOException {
        JsonNode doc = document();
        assertThat(doc.path("tags")).extracting(t -> t.path("name").asText())
                .containsExactly(Arrays.stream(ApiGroup.values()).map(ApiGroup::tag).toArray(String[]::new));
        doc.path("tags").forEach(t -> assertThat(t.path("description").asText()).isNotBlank());
        JsonNode scheme = doc.path("components").path("securitySchemes").path(ApiDocumentFilter.TOKEN_SCHEME);
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.path("description").asText()).contains("rdr.api.token").contains("Optional");
    }

    private static JsonNode document() throws IOException {
        return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    private static JsonNode operation(Endpoint endpoint) throws IOException {
        JsonNode op = document().path("paths").path(endpoint.path()).path("get");
        assertThat(op.isObject()).as("GET %s documented", endpoint.path()).isTrue();
        return op;
    }

    private static List<JsonNode> parameters(JsonNode operation, String in) {
        List<JsonNode> out = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals(in)) {
                out.add(p);
            }
        });
        return out;
    }

    private static Set<String> documentedNames(JsonNode operation, String in) {
        Set<String> names = new TreeSet<>();
        parameters(operation, in).forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    /** The service's "unknown query parameter" answer, or null when the answer is anything else. */
    private static Matcher unknownParameter(Response r) throws IOException {
        if (r.statusCode() != 400) {
            return null;
        }
        Matcher m = UNKNOWN.matcher(JSON.readTree(r.asString()).path("detail").asText());
        return m.matches() ? m : null;
    }

    /** A value of the documented type that is not malformed on its face (it may still match nothing). */
    private static String plausibleValue(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer" -> "1";
            case "boolean" -> "true";
            default -> schema.has("examples") ? schema.path("examples").get(0).asText() : "x";
        };
    }

    /** The endpoint's path with its parameters filled with values that exist in the sample. */
    private static String concretePath(Endpoint endpoint) {
        return concretePath(endpoint, samples());
    }

    private static String concretePath(Endpoint endpoint, Map<String, Object> values) {
        String path = endpoint.path();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        assertThat(path).as("a sample value for every path parameter").doesNotContain("{");
        return path;
    }

    private static Map<String, Object> samples() {
        String run = given().get("/loops").then().statusCode(200).extract().path("items[0].task_run_id");
        int loop = given().get("/loops").then().extract().path("items[0].loop_id");
        return Map.of("name", "Bollinger_Width_10D", "id", run, "task_run_id", run, "loop_id", loop);
    }
}
