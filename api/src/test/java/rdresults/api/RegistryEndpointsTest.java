package rdresults.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = SampleRepository.class, restrictToAnnotatedClass = true)
class RegistryEndpointsTest {

    private static final ObjectMapper STRICT = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"task_runs, task_run_id, 3", "loops, loop_id, 24", "workspaces, workspace_id, 57"})
    void pagingRoundTripReturnsEveryRowOnce(String resource, String idField, int total) throws IOException {
        List<String> rows = new ArrayList<>();
        String cursor = null;
        do {
            var req = given().queryParam("limit", 5);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            JsonNode page = STRICT.readTree(req.get("/" + resource).then().statusCode(200)
                    .header("ETag", notNullValue()).extract().asString());
            page.path("items").forEach(i -> rows.add(i.toString()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (cursor != null);
        assertThat(rows).hasSize(total);
        assertThat(new HashSet<>(rows)).hasSize(total);
    }

    @Test
    void aCommittedChangeIsServedOnTheNextRequestThoughPagesAreCached() throws Exception {
        String url = "jdbc:sqlite:" + SampleRepository.ROOT.resolve("RDagentDB/registry.sqlite");
        String id = given().get("/task_runs?limit=1").then().statusCode(200).extract().path("items[0].task_run_id");
        String before = given().get("/task_runs?limit=1").then().statusCode(200).extract().path("items[0].status");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.PreparedStatement ps = c.prepareStatement(
                     "UPDATE task_runs SET status = ? WHERE task_run_id = ?")) {
            ps.setString(1, "changed-by-test");
            ps.setString(2, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
            try {
                given().get("/task_runs?limit=1").then().statusCode(200)
                        .body("items[0].status", equalTo("changed-by-test"));
            } finally {
                ps.setString(1, before);
                ps.executeUpdate();
            }
        }
        given().get("/task_runs?limit=1").then().statusCode(200).body("items[0].status", equalTo(before));
    }

    @Test
    void loopsFilterOnRegistryColumns() {
        given().queryParam("has_result", "true").get("/loops").then().statusCode(200)
                .body("items.size()", equalTo(21)).body("items.has_result", everyItem(equalTo(true)));
        given().queryParam("is_solidified", "true").get("/loops").then().statusCode(200)
                .body("items.size()", equalTo(10));
        given().queryParam("action", "model").get("/loops").then().statusCode(200)
                .body("items.action", everyItem(equalTo("model")));
        given().queryParam("updated_since", "2999-01-01").get("/loops").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void badFilterValuesAre400sNamingTheParameter() {
        given().queryParam("has_result", "maybe").get("/loops").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("has_result"));
        given().queryParam("updated_since", "last week").get("/loops").then().statusCode(400)
                .body("detail", containsString("updated_since"));
        given().queryParam("cursor", "xyz").get("/workspaces").then().statusCode(400)
                .body("detail", containsString("cursor"));
    }

    @Test
    void singleTaskRunAndLoopAreAddressable() {
        String run = given().get("/loops").then().extract().path("items[0].task_run_id");
        int loopId = given().get("/loops").then().extract().path("items[0].loop_id");
        given().get("/task_runs/" + run).then().statusCode(200).body("task_run_id", equalTo(run));
        given().get("/loops/" + run + "/" + loopId).then().statusCode(200).body("loop_id", equalTo(loopId));
        given().get("/task_runs/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/loops/" + run + "/9999").then().statusCode(404);
    }

    @Test
    void artifactsOfALoopCarryFilesAndIds() {
        JsonNode artifactLoop = firstLoopWithArtifacts();
        String run = artifactLoop.path("task_run_id").asText();
        long loop = artifactLoop.path("loop_id").asLong();
        given().get("/loops/" + run + "/" + loop + "/artifacts").then().statusCode(200)
                .body("task_run_id", equalTo(run))
                .body("artifacts.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("artifacts[0].artifact_id", notNullValue())
                .body("artifacts[0].workspace_id", notNullValue())
                .body("artifacts[0].version", notNullValue())
                .body("artifacts.files.flatten().path", everyItem(notNullValue()));
    }

    @Test
    void artifactsOfAnUnknownLoopAre404AndABadLoopIdIs400() {
        given().get("/loops/nope/1/artifacts").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("loop not found: nope/1"));
        given().get("/loops/nope/one/artifacts").then().statusCode(400)
                .body("detail", containsString("loop_id must be an integer"));
    }

    @Test
    void registryViewsSupportConditionalGet() {
        String etag = given().get("/task_runs").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/task_runs").then().statusCode(304);
    }

    private static JsonNode firstLoopWithArtifacts() {
        try {
            JsonNode loops = STRICT.readTree(given().queryParam("has_result", "true").queryParam("limit", 100)
                    .get("/loops").asString()).path("items");
            for (JsonNode l : loops) {
                JsonNode a = STRICT.readTree(given().get("/loops/" + l.path("task_run_id").asText() + "/"
                        + l.path("loop_id").asLong() + "/artifacts").asString());
                if (a.path("artifacts").size() > 0) {
                    return l;
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the sample has no loop with artifacts");
    }
}
