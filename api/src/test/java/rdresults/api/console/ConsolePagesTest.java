package rdresults.api.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = ConsoleRepository.class, restrictToAnnotatedClass = true)
class ConsolePagesTest {

    private static final String LOOP = "/ui/loops/7daba6df420346bba2e5206c2d9dd4b5/7";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/ui/factors", "/ui/factors?source=qlib_alpha158&sort=ic&dir=asc&page=2",
            "/ui/factors/Volume_Spike_5D", "/ui/strategies", "/ui/strategies/282aae5dcfb0575a882c8bc93c6322b0",
            "/ui/loops", "/ui/loops?decision=rejected&sort=sharpe", LOOP, "/ui/task_runs",
            "/ui/compare?loop=7daba6df420346bba2e5206c2d9dd4b5/7&loop=7daba6df420346bba2e5206c2d9dd4b5/3",
            "/ui/sign-in"})
    void everyPageIsHtmlWithTheBrowserProtections(String page) {
        given().get(page).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(not(containsString("<script>")))
                .body(containsString("<h1"));
    }

    @Test
    void markupInDataIsEscapedEverywhere() {
        String table = given().queryParam("q", "script").get("/ui/factors").then().statusCode(200).extract().asString();
        assertThat(table).contains("&lt;script&gt;alert(1)&lt;/script&gt;/x")
                .contains("&lt;img src=x onerror=alert(2)&gt; 动量因子").doesNotContain("<img src=x")
                .contains("href=\"/ui/factors/%3Cscript%3Ealert%281%29%3C%2Fscript%3E%2Fx\"");
        // sent as written: the name's own percent-encoding, %2F included
        String page = given().urlEncodingEnabled(false)
                .get("/ui/factors/%3Cscript%3Ealert%281%29%3C%2Fscript%3E%2Fx").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<h1 class=\"factor-name\">&lt;script&gt;alert(1)&lt;/script&gt;/x</h1>")
                .contains("&lt;/code&gt;&lt;script&gt;alert(3)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void pagesAreConditionalAndGzipped() {
        String etag = given().get("/ui/factors").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/ui/factors").then().statusCode(304);
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get("/ui/factors").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void filtersSortAndPageAreInTheLinks() {
        String html = given().get("/ui/factors?source=qlib_alpha158&sort=sharpe").then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("href=\"/ui/factors?source=qlib_alpha158&amp;sort=sharpe&amp;dir=asc\"")
                .contains("aria-sort=\"descending\"").contains("<option value=\"qlib_alpha158\" selected>");
        assertThat(html).doesNotContain("rdagent_generated</td>");
    }

    @Test
    void theLoopPageShowsFeedbackFactorsAndTheCurvesLink() {
        given().get(LOOP).then().statusCode(200)
                .body(containsString("data-curves=\"/loops/7daba6df420346bba2e5206c2d9dd4b5/7/curves\""))
                .body(containsString("假设未得到支持"))
                .body(containsString("href=\"/ui/factors/Volume_Spike_5D\""))
                .body(containsString("<h2 id=\"arts\">Artifacts</h2>"));
    }

    @Test
    void theLoopTableAndPageCountTheArtifactsTheRegistryMarksMissing() {
        // the sample registry marks loop 3's mlruns artifact missing, none of loop 7's
        String table = given().queryParam("task_run_id", "7daba6df420346bba2e5206c2d9dd4b5").get("/ui/loops").then()
                .statusCode(200).extract().asString();
        assertThat(table).contains("<th scope=\"col\" class=\"num\">Missing files</th>");
        assertThat(row(table, "7daba6df420346bba2e5206c2d9dd4b5/3")).contains("<td class=\"num neg\">1</td>");
        assertThat(row(table, "7daba6df420346bba2e5206c2d9dd4b5/7")).contains("<td class=\"num\">0</td>");
        given().get("/ui/loops/7daba6df420346bba2e5206c2d9dd4b5/3").then().statusCode(200)
                .body(containsString("<th scope=\"row\">Missing files</th><td>1</td>"));
        given().get(LOOP).then().statusCode(200).body(containsString("<th scope=\"row\">Missing files</th><td>0</td>"));
    }

    /** The table row whose compare checkbox carries {@code loopId}. */
    private static String row(String html, String loopId) {
        int at = html.indexOf("value=\"" + loopId + "\"");
        assertThat(at).as("row of " + loopId).isPositive();
        return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
    }

    @Test
    void unknownThingsAre404Pages() {
        given().get("/ui/factors/no_such_factor").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("no_such_factor"));
        given().get("/ui/loops/nope/1").then().statusCode(404).contentType(containsString("text/html"));
        given().get("/ui/strategies/nope").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void compareAsksForTwoToFiveLoops() {
        given().get("/ui/compare?loop=7daba6df420346bba2e5206c2d9dd4b5/7").then().statusCode(200)
                .body(containsString("Select 2 to 5 loops"));
    }

    @Test
    void staticFilesAndTheChartLibraryComeFromTheJar() {
        given().get("/console/console.js").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/console/console.css").then().statusCode(200);
        given().get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").then().statusCode(200);
    }
}
