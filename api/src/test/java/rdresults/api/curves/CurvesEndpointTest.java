package rdresults.api.curves;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CurvesRepository.class, restrictToAnnotatedClass = true)
class CurvesEndpointTest {

    /** Jackson's defaults: no NaN, no Infinity; what a strict JSON client accepts. */
    private static final ObjectMapper STRICT = new ObjectMapper();
    private static final String MODEL_LOOP = "/loops/" + CurvesRepository.MODEL_RUN + "/7/curves";

    private static JsonNode curves(String path) throws IOException {
        return STRICT.readTree(given().get(path).then().statusCode(200).contentType(containsString("application/json"))
                .extract().asString());
    }

    @Test
    void answersTheStoredColumnsAndQlibsCumulativeSums() throws IOException {
        JsonNode c = curves(MODEL_LOOP);
        assertThat(c.path("workspace_id").asText()).isEqualTo("ca6b0f77bb994f30ab3bb010ae0f372a");
        assertThat(c.path("source_file").asText()).isEqualTo("ret_schema.json");
        int n = c.path("points").asInt();
        assertThat(n).isGreaterThan(5);
        assertThat(c.path("returned_points").asInt()).isEqualTo(n);
        assertThat(c.path("dates").get(0).asText()).isEqualTo("2024-07-01T00:00:00Z");
        double sumReturn = 0;
        double sumExcessWCost = 0;
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double r = c.path("return").get(i).asDouble();
            sumReturn += r;
            sumExcessWCost += r - c.path("bench").get(i).asDouble() - c.path("cost").get(i).asDouble();
            peak = Math.max(peak, sumExcessWCost);
            assertThat(c.path("cum_return_wo_cost").get(i).asDouble()).isCloseTo(sumReturn, within());
            assertThat(c.path("cum_excess_w_cost").get(i).asDouble()).isCloseTo(sumExcessWCost, within());
            assertThat(c.path("drawdown_excess_w_cost").get(i).asDouble()).isCloseTo(sumExcessWCost - peak, within());
        }
    }

    @Test
    void aSeriesStoredOnlyAsParquetIsServedAsItsJsonForm() throws IOException {
        JsonNode c = curves("/loops/" + CurvesRepository.RUN + "/2/curves");
        assertThat(c.path("source_file").asText()).isEqualTo("ret_schema.parquet");
        // the sample's JSON of the same series, which the parquet file was written from
        JsonNode json = STRICT.readTree(Path.of("../examples/sample/git_ignore_folder/"
                + "RD-Agent_workspace/00f1da54cc8446b681a5a9c835461cd9/ret_schema.json").toFile());
        JsonNode rows = json.path("data");
        assertThat(c.path("points").asInt()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(Instant.parse(c.path("dates").get(i).asText()))
                    .isEqualTo(Instant.parse(rows.get(i).path("datetime").asText()));
            for (String column : List.of("return", "cost", "bench", "turnover")) {
                assertThat(c.path(column).get(i).asDouble()).as("%s[%d]", column, i)
                        .isEqualTo(rows.get(i).path(column).asDouble());
            }
        }
    }

    @Test
    void seriesMatchQlibsReportComputedByPandas() throws IOException {
        PandasOracle.assumePandas();
        JsonNode expected = STRICT.readTree(PandasOracle.report(CurvesRepository.ROOT.resolve(
                "git_ignore_folder/RD-Agent_workspace/ca6b0f77bb994f30ab3bb010ae0f372a/ret_schema.json")));
        JsonNode c = curves(MODEL_LOOP);
        for (String series : List.of("cum_return_wo_cost", "cum_return_w_cost", "cum_bench", "cum_excess_wo_cost",
                "cum_excess_w_cost", "drawdown_excess_wo_cost", "drawdown_excess_w_cost")) {
            assertThat(values(c.path(series))).as(series)
                    .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
                    .containsExactlyElementsOf(values(expected.path(series)));
        }
        assertThat(c.path("max_drawdown").path("excess_w_cost").path("value").asDouble())
                .isCloseTo(expected.path("mdd_w_cost").asDouble(), within());
        assertThat(c.path("max_drawdown").path("excess_w_cost").path("trough_date").asText())
                .isEqualTo(expected.path("trough_w_cost").asText());
    }

    @Test
    void missingValuesAreNullAndSkippedByTheSums() throws IOException {
        JsonNode c = curves("/loops/" + CurvesRepository.RUN + "/0/curves");
        assertThat(c.path("return").get(2).isNull()).isTrue();
        assertThat(c.path("cum_return_wo_cost").get(2).isNull()).isTrue();
        assertThat(c.path("bench").get(5).isNull()).isTrue();
        assertThat(c.path("cum_bench").get(5).isNull()).isTrue();
        // the sum goes on past the gap, as pandas' cumsum does
        assertThat(c.path("cum_return_wo_cost").get(3).asDouble()).isCloseTo(c.path("return").get(0).asDouble()
                + c.path("return").get(1).asDouble() + c.path("return").get(3).asDouble(), within());
    }

    @Test
    void maxPointsKeepsFirstLastAndTheDeepestDrawdown() throws IOException {
        JsonNode full = curves(MODEL_LOOP);
        JsonNode thin = curves(MODEL_LOOP + "?max_points=8");
        int n = thin.path("returned_points").asInt();
        assertThat(n).isLessThanOrEqualTo(8).isLessThan(full.path("points").asInt());
        assertThat(thin.path("dates").get(0)).isEqualTo(full.path("dates").get(0));
        assertThat(thin.path("dates").get(n - 1)).isEqualTo(full.path("dates").get(full.path("points").asInt() - 1));
        String trough = full.path("max_drawdown").path("excess_w_cost").path("trough_date").asText();
        assertThat(values(thin.path("dates"))).isNotNull();
        List<String> dates = new ArrayList<>();
        thin.path("dates").forEach(d -> dates.add(d.asText()));
        assertThat(dates).contains(trough);
        assertThat(thin.path("max_drawdown")).isEqualTo(full.path("max_drawdown"));
        JsonNode every = curves(MODEL_LOOP + "?every=3");
        assertThat(every.path("returned_points").asInt()).isLessThan(full.path("points").asInt());
    }

    @Test
    void conditionalAndGzippedLikeEveryGet() {
        String etag = given().get(MODEL_LOOP).then().statusCode(200).header("ETag", notNullValue())
                .header("Cache-Control", "no-cache").extract().header("ETag");
        given().header("If-None-Match", etag).get(MODEL_LOOP).then().statusCode(304);
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get(MODEL_LOOP).then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void unknownLoopAndLoopWithoutSeriesAre404sSayingWhich() {
        given().get("/loops/" + CurvesRepository.MODEL_RUN + "/999/curves").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("loop not found"));
        given().get("/loops/" + CurvesRepository.NO_SERIES_RUN + "/5/curves").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("has no return series"));
    }

    @Test
    void corruptSeriesIs503NamingTheFile() {
        given().get("/loops/" + CurvesRepository.RUN + "/1/curves").then().statusCode(503)
                .contentType("application/problem+json").body("status", equalTo(503))
                .body("detail", containsString("ret_schema.json"))
                .body("detail", org.hamcrest.Matchers.not(containsString(CurvesRepository.ROOT.toString())));
    }

    @Test
    void badThinningParametersAre400s() {
        given().get(MODEL_LOOP + "?every=0").then().statusCode(400).body("detail", containsString("every"));
        given().get(MODEL_LOOP + "?max_points=3").then().statusCode(400).body("detail", containsString("max_points"));
        given().get(MODEL_LOOP + "?every=2&max_points=50").then().statusCode(400)
                .body("detail", containsString("not both"));
        given().get(MODEL_LOOP + "?points=5").then().statusCode(400).body("detail", containsString("points"));
        given().get("/loops/" + CurvesRepository.MODEL_RUN + "/x/curves").then().statusCode(400);
    }

    private static List<Double> values(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asDouble()));
        return out;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
