package rdresults.sync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rdresults.sync.ApiStatusException;
import rdresults.sync.ApiUnavailableException;

class ResultsApiClientTest {

    private record Reply(int status, String body, String etag, boolean gzip) {
    }

    private HttpServer server;
    private final List<HttpExchange> seen = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private ResultsApiClient serve(Function<Integer, Reply> replies, ApiClientConfig config) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int[] n = {0};
        server.createContext("/", ex -> {
            seen.add(ex);
            Reply r = replies.apply(n[0]++);
            reply(ex, r);
        });
        server.start();
        ApiClientConfig c = new ApiClientConfig(java.net.URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + "/"), config.bearerToken(), config.connectTimeout(),
                config.requestTimeout(), config.retry());
        return ResultsApiClient.create(c, RequestListener.NONE, waits::add);
    }

    private static ApiClientConfig config() {
        return ApiClientConfig.of("http://127.0.0.1:1");
    }

    private static void reply(HttpExchange ex, Reply r) throws IOException {
        try (ex) {
            if (!r.etag().isEmpty()) {
                ex.getResponseHeaders().set("ETag", r.etag());
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            if (r.gzip()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(body);
                }
                body = out.toByteArray();
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if (r.status() == 304 || body.length == 0 || ex.getRequestMethod().equals("HEAD")) {
                ex.sendResponseHeaders(r.status(), -1);
                return;
            }
            ex.sendResponseHeaders(r.status(), body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    @Test
    void sendsTheStoredEtagAndReturnsNotModified() throws IOException {
        ResultsApiClient client = serve(i -> new Reply(304, "", "\"abc\"", false), config());
        ApiResponse r = client.get("factors", "/catalog/factors", "\"abc\"");
        assertThat(r.isNotModified()).isTrue();
        assertThat(r.etag()).isEqualTo("\"abc\"");
        assertThat(seen.get(0).getRequestHeaders().getFirst("If-None-Match")).isEqualTo("\"abc\"");
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void asksForGzipAndDecompressesTheBody() throws IOException {
        ResultsApiClient client = serve(i -> new Reply(200, "{\"factors\":[]}", "\"e1\"", true), config());
        ApiResponse r = client.get("factors", "/catalog/factors", "");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"factors\":[]}");
        assertThat(seen.get(0).getRequestHeaders().getFirst("Accept-Encoding")).isEqualTo("gzip");
        assertThat(seen.get(0).getRequestHeaders().getFirst("If-None-Match")).isNull();
    }

    @Test
    void sendsTheBearerToken() throws IOException {
        ResultsApiClient client = serve(i -> new Reply(200, "{}", "", false), config().withBearerToken("s3cret"));
        client.get("factors", "/catalog/factors", "");
        assertThat(seen.get(0).getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer s3cret");
        assertThat(client.config().toString()).doesNotContain("s3cret");
    }

    @Test
    void retriesServerErrorsWithGrowingBackoff() throws IOException {
        ResultsApiClient client = serve(i -> i < 2 ? new Reply(503, "{\"detail\":\"loading\"}", "", false)
                : new Reply(200, "{}", "\"e\"", false), config());
        ApiResponse r = client.get("loops", "/catalog/loops", "");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void exhaustedRetriesNameResourceUrlAndLastStatus() throws IOException {
        ResultsApiClient client = serve(i -> new Reply(503, "{\"detail\":\"catalog loading\"}", "", false),
                config());
        assertThatThrownBy(() -> client.get("models", "/catalog/models", ""))
                .isInstanceOfSatisfying(ApiUnavailableException.class, e -> {
                    assertThat(e.resource()).isEqualTo("models");
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.attempts()).isEqualTo(4);
                })
                .hasMessageContaining("models: results API unavailable at http://127.0.0.1:")
                .hasMessageContaining("/catalog/models after 4 attempts: HTTP 503: catalog loading");
        assertThat(seen).hasSize(4);
    }

    @Test
    void refusedConnectionIsUnavailableWithStatusZero() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ResultsApiClient client = ResultsApiClient.create(ApiClientConfig.of("http://127.0.0.1:" + port)
                .withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), 2.0)),
                RequestListener.NONE, waits::add);
        assertThatThrownBy(() -> client.get("factors", "/catalog/factors", ""))
                .isInstanceOfSatisfying(ApiUnavailableException.class, e -> assertThat(e.status()).isZero())
                .hasMessageContaining("after 2 attempts: connection failed");
    }

    @Test
    void slowResponseTimesOutAndIsRetried() throws IOException, InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, new Reply(200, "{}", "", false));
        });
        server.start();
        ResultsApiClient client = ResultsApiClient.create(ApiClientConfig.of("http://127.0.0.1:"
                + server.getAddress().getPort()).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200))
                .withRetry(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1.0)), RequestListener.NONE, waits::add);
        try {
            assertThatThrownBy(() -> client.get("loops", "/catalog/loops", ""))
                    .isInstanceOf(ApiUnavailableException.class)
                    .hasMessageContaining("after 2 attempts: timed out");
        } finally {
            release.countDown();
        }
    }

    @Test
    void clientErrorsAreNotRetriedAndCarryTheProblemDetail() throws IOException {
        ResultsApiClient client = serve(i -> new Reply(401,
                "{\"type\":\"about:blank\",\"status\":401,\"detail\":\"this service requires a bearer token\"}", "",
                false), config());
        assertThatThrownBy(() -> client.get("factors", "/catalog/factors", ""))
                .isInstanceOfSatisfying(ApiStatusException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageEndingWith("answered 401 for http://127.0.0.1:" + server.getAddress().getPort()
                        + "/catalog/factors: this service requires a bearer token");
        assertThat(seen).hasSize(1);
    }

    @Test
    void notFoundIsReturnedForTheCallerToJudge() throws IOException {
        ResultsApiClient client = serve(i -> new Reply(404, "{\"detail\":\"no such resource\"}", "", false),
                config());
        assertThat(client.get("factor_package_versions", "/factor_package/versions", "").isNotFound()).isTrue();
    }

    @Test
    void headReturnsTheEtagWithoutBody() throws IOException {
        ResultsApiClient client = serve(i -> new Reply(200, "", "\"h\"", false), config());
        ApiResponse r = client.head("loops", "/catalog/loops", "");
        assertThat(seen.get(0).getRequestMethod()).isEqualTo("HEAD");
        assertThat(r.etag()).isEqualTo("\"h\"");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void headWithTheGetsContentEncodingButNoBodyIsFine() throws IOException {
        ResultsApiClient client = serve(i -> new Reply(200, "{\"loops\":[]}", "\"h\"", true), config());
        assertThat(client.head("loops", "/catalog/loops", "").etag()).isEqualTo("\"h\"");
    }

    @Test
    void rejectsNonHttpUrls() {
        assertThatThrownBy(() -> ApiClientConfig.of("ftp://x"))
                .hasMessage("API URL must be an absolute http(s) URL, got 'ftp://x'");
    }
}
