package rdresults.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import rdresults.api.SampleRepository;

/** Hostile and careless requests: each gets a problem document or a correct answer, never a 500 or an empty body. */
@QuarkusTest
@QuarkusTestResource(value = SampleRepository.class, restrictToAnnotatedClass = true)
class HttpEdgeCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> JSON_ENDPOINTS = List.of("/catalog/models", "/catalog/models?limit=2",
            "/loops?limit=2", "/task_runs", "/factor_package/versions");

    private static RawHttp.Answer send(String method, String target, String... headers) throws IOException {
        return RawHttp.send(RestAssured.port, method, target, headers);
    }

    private static void assertProblem(RawHttp.Answer answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo(Problems.MEDIA_TYPE);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
    }

    @Test
    void aMalformedAcceptEncodingIsIgnored() throws IOException {
        for (String header : List.of(";", ",;,", "gzip;q=", "gzip;q=x", "=")) {
            for (String target : JSON_ENDPOINTS) {
                RawHttp.Answer a = send("GET", target, "Accept-Encoding: " + header);
                assertThat(a.status()).as("%s with Accept-Encoding '%s'", target, header).isEqualTo(200);
                assertThat(a.header("Content-Encoding")).isNull();
                assertThat(JSON.readTree(a.body()).isObject()).isTrue();
            }
        }
    }

    @Test
    void gzipWithWeightZeroIsNotGzip() throws IOException {
        assertThat(send("GET", "/catalog/models", "Accept-Encoding: gzip;q=0").header("Content-Encoding")).isNull();
        assertThat(send("GET", "/catalog/models", "Accept-Encoding: br, gzip;q=0.5").header("Content-Encoding"))
                .isEqualTo("gzip");
    }

    @Test
    void malformedPercentEncodingIsABadRequestProblem() throws IOException {
        for (String target : List.of("/factors/%zz", "/loops?limit=%", "/catalog/factors?q=%G1", "/loops/a%2/1")) {
            RawHttp.Answer a = send("GET", target);
            assertProblem(a, 400);
            assertThat(JSON.readTree(a.body()).path("detail").asText()).as(target)
                    .startsWith("the request target is not a valid URI: malformed escape pair at character ");
        }
    }

    @Test
    void aTargetWithCharactersAUriCannotHoldIsAProblemThatDoesNotEchoIt() throws IOException {
        RawHttp.Answer a = send("GET", "/loops?status=<script>|");
        assertProblem(a, 400);
        assertThat(a.body()).doesNotContain("<script>").contains("illegal character in query at character 15");
    }

    @Test
    void anOverLongRequestTargetIsAUriTooLongProblem() throws IOException {
        assertProblem(send("GET", "/loops?status=" + "a".repeat(RequestGuard.MAX_URI_CHARS)), 414);
    }

    @Test
    void anUnknownProtocolVersionIsAVersionNotSupportedProblem() throws IOException {
        for (String version : List.of("HTTP/9.1", "HTTP/3.0")) {
            RawHttp.Answer a = RawHttp.sendVersion(RestAssured.port, "GET", "/catalog/models", version);
            assertProblem(a, 505);
            assertThat(a.body()).contains("protocol version");
        }
        assertThat(RawHttp.sendVersion(RestAssured.port, "GET", "/catalog/models", "HTTP/1.0").status())
                .isEqualTo(200);
    }

    @Test
    void headersOverTheServedSizeAreAHeaderFieldsTooLargeProblem() throws IOException {
        RawHttp.Answer a = send("GET", "/catalog/models", "X-Padding: " + "a".repeat(RequestGuard.MAX_HEADER_BYTES));
        assertProblem(a, 431);
        assertThat(a.body()).contains("header fields have more than");
        assertThat(send("GET", "/catalog/models", "X-Padding: " + "a".repeat(8000)).status()).isEqualTo(200);
    }

    @Test
    void aControlByteInAHeaderValueIsABadRequestProblemNamingTheHeader() throws IOException {
        for (String control : List.of("\u0001", "\u007f", "\u0000", "\u001b")) {
            RawHttp.Answer a = send("GET", "/catalog/models", "X-Bad: a" + control + "b");
            assertProblem(a, 400);
            assertThat(JSON.readTree(a.body()).path("detail").asText()).as("0x%02X", (int) control.charAt(0))
                    .isEqualTo(String.format("the value of header field X-Bad holds a control character (0x%02X) "
                            + "at character 2", (int) control.charAt(0)));
        }
    }

    @Test
    void aHeaderNameThatIsNotATokenIsABadRequestProblemThatDoesNotEchoIt() throws IOException {
        for (String name : List.of("X Bad", "X(Bad", "X\u0001Bad", "X\"Bad")) {
            RawHttp.Answer a = send("GET", "/catalog/models", name + ": value");
            assertProblem(a, 400);
            // the Host line the request starts with is field 1
            assertThat(JSON.readTree(a.body()).path("detail").asText()).as(name).startsWith(
                    "the name of header field 2 is not a token");
            assertThat(a.body()).doesNotContain(name);
        }
    }

    @Test
    void aTabOrLatin1TextInAHeaderValueIsServed() throws IOException {
        assertThat(send("GET", "/catalog/models", "X-Ok: a\tb").status()).isEqualTo(200);
        assertThat(send("GET", "/catalog/models", "X-Ok: caf\u00e9").status()).isEqualTo(200);
    }

    @Test
    void aRequestWithoutAValidHostIsABadRequestProblem() throws IOException {
        // a folded line (obs-fold) continues the Host line before it: a host with spaces is no host
        RawHttp.Answer a = send("GET", "/catalog/models", " X-Folded: v");
        assertProblem(a, 400);
        assertThat(a.body()).contains("no valid Host header field");
    }

    @Test
    void afterABadHeaderTheConnectionServesTheNextRequest() throws IOException {
        List<RawHttp.Answer> answers = RawHttp.sendThenGet(RestAssured.port, "GET /catalog/models", "/catalog/models",
                "X-Bad: a\u0001b");
        assertProblem(answers.get(0), 400);
        assertThat(answers).hasSize(2);
        assertThat(answers.get(1).status()).isEqualTo(200);
        assertThat(JSON.readTree(answers.get(1).body()).isObject()).isTrue();
    }

    /**
     * What the HTTP decoder rejects before any handler of the service runs (README, Failure behaviour): the status
     * is right, the body is Vert.x's empty one, since Quarkus does not let the application set the server's
     * invalid-request handler.
     */
    @Test
    void requestsTheDecoderRejectsKeepTheirStatus() throws IOException {
        assertThat(send("GET", "/loops?status=" + "a".repeat(70 * 1024)).status()).isEqualTo(414);
        assertThat(send("GET", "/catalog/models", "X-Padding: " + "a".repeat(70 * 1024)).status()).isEqualTo(431);
        // requests it cannot frame: a header line without a colon (a bare LF ends a line), a method that is not a
        // token, a malformed or conflicting body length
        for (String header : List.of("X-No-Colon", "X-Lf: a\nb", "Content-Length: abc",
                "Content-Length: 1\r\nContent-Length: 2", "Transfer-Encoding: chunked\r\nContent-Length: 2")) {
            RawHttp.Answer a = send("GET", "/catalog/models", header);
            assertThat(a.status()).as(header).isEqualTo(400);
            assertThat(a.body()).isEmpty();
        }
        assertThat(send("G(T", "/catalog/models").status()).isEqualTo(400);
    }

    @Test
    void consolePagesAndFilesAnswerOnlyTheirMethods() throws IOException {
        for (String target : List.of("/", "/ui/factors", "/ui/factors/x%2Fy", "/ui/loops/run/1", "/ui/compare",
                "/ui/strategies", "/ui/task_runs", "/console/console.css", "/console/console.js",
                "/webjars/uplot/1.6.30/dist/uPlot.min.css")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                RawHttp.Answer a = send(method, target);
                assertProblem(a, 405);
                assertThat(a.header("Allow")).as(target).isEqualTo("GET, HEAD, OPTIONS");
            }
            RawHttp.Answer options = send("OPTIONS", target);
            assertThat(options.status()).as(target).isEqualTo(204);
            assertThat(options.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        }
        assertThat(send("OPTIONS", "/ui/sign-in").header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
        assertProblem(send("DELETE", "/ui/sign-in"), 405);
        assertProblem(send("OPTIONS", "/ui/nothing"), 404);
        assertProblem(send("OPTIONS", "/console/nothing.css"), 404);
    }

    @Test
    void anEmptyLimitIsABadRequest() throws IOException {
        assertProblem(send("GET", "/loops?limit="), 400);
        assertProblem(send("GET", "/catalog/loops?limit="), 400);
    }

    @Test
    void aWrongMethodIsA405NamingTheAllowedMethods() throws IOException {
        for (String target : List.of("/catalog/models", "/loops", "/factors/x")) {
            RawHttp.Answer a = send("POST", target);
            assertProblem(a, 405);
            assertThat(a.header("Allow")).contains("GET");
        }
    }

    @Test
    void quarkusEndpointsAnswerOnlyGetAndHead() throws IOException {
        for (String target : List.of("/q/health/ready", "/q/health/live", "/q/health", "/q/metrics", "/q/openapi")) {
            for (String method : List.of("POST", "DELETE", "TRACE", "PUT")) {
                RawHttp.Answer a = send(method, target);
                assertProblem(a, 405);
                assertThat(a.header("Allow")).isEqualTo("GET, HEAD");
            }
            assertThat(send("GET", target).status()).as(target).isEqualTo(200);
        }
    }

    @Test
    void optionsNamesTheMethodsOfADeclaredPathAndIs404Elsewhere() throws IOException {
        RawHttp.Answer known = send("OPTIONS", "/loops/some-run/3");
        assertThat(known.status()).isEqualTo(204);
        assertThat(known.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        assertProblem(send("OPTIONS", "/no/such/path"), 404);
        assertProblem(send("OPTIONS", "/loops/x/y/z/w"), 404);
    }

    @Test
    void junkRequestsShareOneMetricTag() throws IOException {
        send("GET", "/catalog/models");
        for (int i = 0; i < 3; i++) {
            send("GET", "/junk-" + i);
            send("OPTIONS", "/junk-options-" + i);
            send("POST", "/task_runs/run-" + i);
            send("GET", "/factors/%zz" + i);
            send("GET", "/loops?limit=%" + i);
        }
        String metrics = send("GET", "/q/metrics").body();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertThat(uris).contains("/catalog/models", MetricUriTags.UNMATCHED);
        assertThat(uris).allSatisfy(uri -> assertThat(uri).as("uri tag").matches(
                "UNMATCHED|/catalog/\\w+|/alpha158/meta|/factors/\\{name}|/task_runs(/\\{id})?|/loops(/\\{task_run_id}"
                        + "/\\{loop_id}(/artifacts|/curves)?)?|/workspaces|/factor_package/\\w+|/health"
                        // the console's pages: their own route templates
                        + "|/|/ui/[\\w-]+(/\\{\\w+}){0,2}"));
    }
}
