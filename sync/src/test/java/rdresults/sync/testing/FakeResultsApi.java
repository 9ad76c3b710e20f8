package rdresults.sync.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import rdresults.model.PythonJson;

/**
 * A stand-in for the results API in unit tests: serves catalog files from a folder (read on every request, so a
 * test rewrites a file to change a catalog), with strong ETags, 304, HEAD, and on the loop catalog the API's query:
 * {@code limit}/{@code cursor} pages (cursor = index in the file), {@code since}/{@code until} on the entry's time
 * and {@code fields} projections; other parameters and unknown fields are answered 400. Failures can be scripted
 * per path. The real API is exercised by the ITs.
 */
public final class FakeResultsApi implements AutoCloseable {

    public static final Map<String, String> FILES = Map.of(
            "/catalog/factors", "factor_catalog.json",
            "/alpha158/meta", "alpha158_meta.json",
            "/catalog/strategies", "strategy_catalog.json",
            "/catalog/models", "model_catalog.json",
            "/catalog/loops", "loop_catalog.json",
            "/factor_package/versions", "factor_package_versions.json");

    /** The fields {@code fields=} may name on the loop catalog, as the API defines them. */
    public static final Set<String> LOOP_FIELDS = Set.of("task_run_id", "loop_id", "workspace_id", "status",
            "decision", "is_solidified", "started_at_utc", "ended_at_utc", "updated_at_utc", "factor_names",
            "annualized_return", "max_drawdown", "sharpe", "ic", "ic_ir", "win_rate", "factor_impl_version");

    private final HttpServer server;
    private final Path dir;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean fieldsSupported = true;

    private FakeResultsApi(HttpServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    /** Serves the catalogs in {@code dir} on a free loopback port. */
    public static FakeResultsApi start(Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeResultsApi api = new FakeResultsApi(server, dir);
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    /** Copies the sample's expected catalogs into {@code dir}. */
    public static void copySample(Path dir) throws IOException {
        Path expected = Path.of("..", "examples", "sample", "expected");
        for (String f : List.of("factor_catalog.json", "alpha158_meta.json", "strategy_catalog.json",
                "model_catalog.json", "loop_catalog.json")) {
            Files.copy(expected.resolve(f), dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code times} requests to {@code path} answer {@code status}. */
    public void failNext(String path, int status, int times) {
        failures.put(path, times);
        failureStatus.put(path, status);
    }

    /** From now on answer 400 to {@code fields}, as an API older than key listings does. */
    public void refuseFields() {
        fieldsSupported = false;
    }

    /** {@code METHOD path?query status} of every request so far. */
    public List<String> log() {
        return List.copyOf(log);
    }

    public int requests() {
        return requests.get();
    }

    public void clearLog() {
        log.clear();
        requests.set(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            requests.incrementAndGet();
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getRawQuery();
            int status = respond(ex, path, query);
            log.add(ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " " + status);
        }
    }

    private int respond(HttpExchange ex, String path, String query) throws IOException {
        Integer left = failures.get(path);
        if (left != null && left > 0) {
            failures.put(path, left - 1);
            return send(ex, failureStatus.get(path), "{\"detail\":\"scripted failure\"}".getBytes(), "");
        }
        String file = FILES.get(path);
        if (file == null || !Files.exists(dir.resolve(file))) {
            return send(ex, 404, "{\"detail\":\"no such resource\"}".getBytes(), "");
        }
        byte[] body = Files.readAllBytes(dir.resolve(file));
        if (query != null && path.equals("/catalog/loops")) {
            body = page(body, query);
            if (body == null) {
                return send(ex, 400, "{\"detail\":\"unknown query parameter or field\"}".getBytes(), "");
            }
        }
        String etag = etag(body);
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if (etag.equals(inm)) {
            return send(ex, 304, null, etag);
        }
        return send(ex, 200, body, etag);
    }

    /** A {@code /catalog/loops} page, or null when the query is refused (400). */
    private byte[] page(byte[] body, String query) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String p : query.split("&")) {
            String[] kv = p.split("=", 2);
            q.put(kv[0], kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        Set<String> known = fieldsSupported ? Set.of("limit", "cursor", "since", "until", "fields")
                : Set.of("limit", "cursor", "since", "until");
        if (!known.containsAll(q.keySet())) {
            return null;
        }
        List<String> fields = q.containsKey("fields") ? List.of(q.get("fields").split(",")) : List.of();
        if (!LOOP_FIELDS.containsAll(fields) || !isTime(q.get("since")) || !isTime(q.get("until"))) {
            return null;
        }
        int limit = Integer.parseInt(q.getOrDefault("limit", "50"));
        int from = Integer.parseInt(q.getOrDefault("cursor", "0"));
        String since = q.get("since");
        String until = q.get("until");
        ObjectNode root = (ObjectNode) PythonJson.parse(body, "loops");
        JsonNode all = root.get("loops");
        ArrayNode page = PythonJson.nodes().arrayNode();
        String next = null;
        for (int i = from; i < all.size(); i++) {
            JsonNode e = all.get(i);
            if (!inRange(time(e), since, until)) {
                continue;
            }
            if (page.size() == limit) {
                next = Integer.toString(i);
                break;
            }
            page.add(fields.isEmpty() ? e : project(e, fields));
        }
        root.set("loops", page);
        if (next != null) {
            root.put("next_cursor", next);
        } else {
            root.putNull("next_cursor");
        }
        return PythonJson.dumpCompact(root).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a time filter's value is absent or an ISO-8601 time with offset, as the API requires. */
    private static boolean isTime(String value) {
        try {
            return value == null || OffsetDateTime.parse(value) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The entry's time, as the API's time filters see it: when it last changed, else ended, else started. */
    private static String time(JsonNode e) {
        for (String field : List.of("updated_at_utc", "ended_at_utc", "started_at_utc")) {
            if (e.path(field).isTextual()) {
                return e.path(field).asText();
            }
        }
        return null;
    }

    private static boolean inRange(String time, String since, String until) {
        if (since == null && until == null) {
            return true;
        }
        return time != null && (since == null || time.compareTo(since) >= 0)
                && (until == null || time.compareTo(until) < 0);
    }

    private static ObjectNode project(JsonNode e, List<String> fields) {
        ObjectNode out = PythonJson.nodes().objectNode();
        for (String f : fields) {
            if (e.has(f)) {
                out.set(f, e.get(f));
            }
        }
        return out;
    }

    private static int send(HttpExchange ex, int status, byte[] body, String etag) throws IOException {
        if (!etag.isEmpty()) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (body == null || head) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
