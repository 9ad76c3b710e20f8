package rdresults.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = SampleRepository.class, restrictToAnnotatedClass = true)
class CatalogEndpointsTest {

    private static final ObjectMapper STRICT = new ObjectMapper();

    @Test
    void healthAnswersAsThePythonServiceDid() {
        given().get("/health").then().statusCode(200).body(equalTo("{\"status\":\"ok\"}"));
    }

    @Test
    void catalogWithoutParametersIsTheFileItself() throws IOException {
        byte[] file = Files.readAllBytes(SampleRepository.ROOT.resolve("RDagentDB/aistock/strategy_catalog.json"));
        byte[] body = given().get("/catalog/strategies").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("ETag", notNullValue()).header("Cache-Control", "no-cache")
                .extract().asByteArray();
        assertThat(body).isEqualTo(file);
    }

    @Test
    void matchingEtagGives304WithoutBody() {
        String etag = given().get("/catalog/models").then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        Response r = given().header("If-None-Match", etag).get("/catalog/models");
        assertThat(r.statusCode()).isEqualTo(304);
        assertThat(r.asByteArray()).isEmpty();
        assertThat(r.header("ETag")).isEqualTo(etag);
        given().header("If-None-Match", "\"other\"").get("/catalog/models").then().statusCode(200);
    }

    @Test
    void gzipIsServedWhenAccepted() throws IOException {
        Response r = given().config(RestAssuredConfig.config().decoderConfig(
                        DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get("/catalog/factors");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.asByteArray())).readAllBytes();
        assertThat(plain).isEqualTo(Files.readAllBytes(
                SampleRepository.ROOT.resolve("RDagentDB/aistock/factor_catalog.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/catalog/models", "/catalog/loops?limit=5", "/loops?limit=5"})
    void gzipAndIdentityAreRepresentationsWithTheirOwnEtag(String path) {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(
                DecoderConfig.decoderConfig().noContentDecoders());
        Response plain = given().config(raw).header("Accept-Encoding", "identity").get(path);
        Response gzip = given().config(raw).header("Accept-Encoding", "gzip").get(path);
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.header("ETag")).isNotEqualTo(plain.header("ETag")).doesNotStartWith("W/");
        assertThat(plain.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gzip.header("Vary")).isEqualTo("Accept-Encoding");
        given().config(raw).header("Accept-Encoding", "gzip").header("If-None-Match", plain.header("ETag"))
                .get(path).then().statusCode(200).header("Content-Encoding", "gzip");
        given().config(raw).header("Accept-Encoding", "gzip").header("If-None-Match", gzip.header("ETag"))
                .get(path).then().statusCode(304).header("ETag", gzip.header("ETag"))
                .header("Vary", "Accept-Encoding");
        given().config(raw).header("Accept-Encoding", "identity").header("If-None-Match", plain.header("ETag"))
                .get(path).then().statusCode(304).header("ETag", plain.header("ETag"));
    }

    @Test
    void pythonNaNInACatalogIsServedAsStrictJson() throws IOException {
        assertThat(Files.readString(SampleRepository.ROOT.resolve("RDagentDB/aistock/loop_catalog.json")))
                .contains("\"win_rate\": NaN");
        String body = given().get("/catalog/loops").then().statusCode(200).extract().asString();
        JsonNode parsed = STRICT.readTree(body);
        assertThat(parsed.path("loops").size()).isEqualTo(7);
        assertThat(parsed.findValues("win_rate")).allMatch(JsonNode::isNull);
    }

    @Test
    void factorsFilterBySourcePrefixAndTag() {
        given().queryParam("source", "qlib_alpha158").get("/catalog/factors").then().statusCode(200)
                .body("factors.source", everyItem(equalTo("qlib_alpha158")))
                .body("factors.size()", equalTo(20)).body("next_cursor", equalTo(null));
        given().queryParam("name_prefix", "CORD").get("/catalog/factors").then().statusCode(200)
                .body("factors.name", everyItem(containsString("CORD")));
        given().queryParam("tag", "alpha158").get("/catalog/factors").then().statusCode(200)
                .body("factors.tags", everyItem(hasItem("alpha158")));
    }

    @Test
    void pagesTogetherAreTheWholeSetWithoutDuplicates() throws IOException {
        List<String> paged = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        do {
            var req = given().queryParam("limit", 7);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            JsonNode page = STRICT.readTree(req.get("/catalog/factors").then().statusCode(200).extract().asString());
            assertThat(page.path("factors").size()).isBetween(1, 7);
            page.path("factors").forEach(f -> paged.add(f.toString()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
            assertThat(cursor == null || cursors.add(cursor)).as("cursor repeats").isTrue();
        } while (cursor != null);
        List<String> whole = new ArrayList<>();
        STRICT.readTree(SampleRepository.ROOT.resolve("RDagentDB/aistock/factor_catalog.json").toFile())
                .path("factors").forEach(f -> whole.add(f.toString()));
        assertThat(paged).containsExactlyInAnyOrderElementsOf(whole);
    }

    @Test
    void loopsFilterByTaskRunAndSolidified() {
        String run = given().get("/catalog/loops").then().extract().path("loops[0].task_run_id");
        given().queryParam("task_run_id", run).get("/catalog/loops").then().statusCode(200)
                .body("loops.task_run_id", everyItem(equalTo(run)));
        given().queryParam("solidified", "false").get("/catalog/loops").then().statusCode(200)
                .body("loops.size()", equalTo(0));
        given().queryParam("decision", "maybe").get("/catalog/loops").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("decision"));
    }

    @Test
    void fieldsSelectTheNamedFieldsInOrderAcrossPages() throws IOException {
        List<JsonNode> keys = new ArrayList<>();
        String cursor = null;
        do {
            var req = given().queryParam("fields", "task_run_id,loop_id,workspace_id,updated_at_utc")
                    .queryParam("limit", 3);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            JsonNode page = STRICT.readTree(req.get("/catalog/loops").then().statusCode(200).extract().asString());
            page.path("loops").forEach(keys::add);
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (cursor != null);
        JsonNode whole = STRICT.readTree(given().get("/catalog/loops").then().extract().asString()).path("loops");
        assertThat(keys).hasSize(whole.size());
        List<String> expected = new ArrayList<>();
        for (JsonNode e : whole) {
            expected.add(List.of(e.path("task_run_id").asText(), e.path("loop_id").asText(),
                    e.path("workspace_id").asText(), e.path("updated_at_utc").toString()).toString());
        }
        List<String> listed = new ArrayList<>();
        for (JsonNode k : keys) {
            List<String> names = new ArrayList<>();
            k.fieldNames().forEachRemaining(names::add);
            assertThat(names).isSubsetOf("task_run_id", "loop_id", "workspace_id", "updated_at_utc")
                    .startsWith("task_run_id", "loop_id", "workspace_id");
            listed.add(List.of(k.path("task_run_id").asText(), k.path("loop_id").asText(),
                    k.path("workspace_id").asText(), k.path("updated_at_utc").toString()).toString());
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void fieldsCombineWithFiltersAndAnyFactorFieldCanBeNamed() {
        given().queryParam("fields", "source,name").queryParam("source", "sota").get("/catalog/factors").then()
                .statusCode(200)
                .body("factors.size()", equalTo(1))
                .body("factors[0].name", equalTo(SampleRepository.UNICODE_FACTOR))
                .body("factors[0].expression", org.hamcrest.Matchers.nullValue());
        String body = given().queryParam("fields", "source,name").queryParam("source", "sota")
                .get("/catalog/factors").then().extract().asString();
        assertThat(body).contains("{\"source\":\"sota\",\"name\":");
    }

    @Test
    void badFieldsAreA400NamingTheFieldAndTheAllowedOnes() {
        given().queryParam("fields", "task_run_id,summary_texts").get("/catalog/loops").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'summary_texts' cannot be selected for loops"))
                .body("detail", containsString("updated_at_utc"));
        given().queryParam("fields", "loop_id,loop_id").get("/catalog/loops").then().statusCode(400)
                .body("detail", containsString("named twice"));
        given().queryParam("fields", "name,").get("/catalog/factors").then().statusCode(400)
                .body("detail", containsString("comma-separated list of field names"));
    }

    @Test
    void unknownParameterIsA400NamingItAndTheAllowedOnes() {
        given().queryParam("sourse", "x").get("/catalog/factors").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("unknown query parameter 'sourse'"))
                .body("detail", containsString("name_prefix"));
        given().queryParam("limit", "0").get("/catalog/factors").then().statusCode(400)
                .body("detail", containsString("limit must be between 1 and 10000"));
        given().queryParam("limit", "5").queryParam("cursor", "garbage").get("/catalog/factors").then()
                .statusCode(400).body("detail", containsString("cursor"));
    }

    @Test
    void factorByNameCarriesImplementationAndPerformance() {
        given().get("/factors/Bollinger_Width_10D").then().statusCode(200)
                .body("name", equalTo("Bollinger_Width_10D"))
                .body("factors[0].implementation.impl_module", equalTo("rd_factors_lib.generated"))
                .body("factors[0].performance_by_loop.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void unicodeAndSlashNamesAreAddressable() {
        given().urlEncodingEnabled(true).get("/factors/{name}", SampleRepository.UNICODE_FACTOR).then()
                .statusCode(200).body("factors[0].name", equalTo(SampleRepository.UNICODE_FACTOR));
    }

    @Test
    void severalSourcesAreAllReturnedUnlessOneIsSelected() {
        String name = SampleRepository.UNICODE_FACTOR;
        given().get("/factors/{name}", name).then().statusCode(200).body("factors.size()", equalTo(2));
        given().queryParam("source", "sota").get("/factors/{name}", name).then().statusCode(200)
                .body("factors.size()", equalTo(1)).body("factors[0].source", equalTo("sota"));
        given().queryParam("source", "qlib_alpha158").get("/factors/{name}", name).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCachedFactorAnswerIsTheSameBodyWithItsETagAnd304() {
        String name = SampleRepository.UNICODE_FACTOR;
        String first = given().queryParam("source", "sota").get("/factors/{name}", name).then().statusCode(200)
                .extract().asString();
        String etag = given().queryParam("source", "sota").get("/factors/{name}", name).then().statusCode(200)
                .body(equalTo(first)).extract().header("ETag");
        given().queryParam("source", "sota").header("If-None-Match", etag).get("/factors/{name}", name).then()
                .statusCode(304);
        // the answer for one source is not the answer for all of them
        given().get("/factors/{name}", name).then().statusCode(200).body("factors.size()", equalTo(2));
        given().get("/factors/NoSuchFactor").then().statusCode(404);
        given().get("/factors/NoSuchFactor").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownFactorIs404Problem() {
        given().get("/factors/NoSuchFactor").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("factor not found: 'NoSuchFactor'"));
    }

    @Test
    void unknownRouteIs404Problem() {
        given().get("/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void operationalEndpointsArePresent() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/catalog/factors"));
    }
}
