package rdresults.api.endpoint;

import static rdresults.api.endpoint.Param.path;
import static rdresults.api.endpoint.Param.query;

import java.util.ArrayList;
import java.util.List;
import rdresults.api.catalog.CatalogKind;
import rdresults.api.catalog.Projection;
import rdresults.registry.query.PageRequest;

/**
 * Every endpoint of the service, declared once: the resources validate their query parameters against these
 * declarations and the OpenAPI document is built from them (see {@link ApiDocumentFilter}). Adding a parameter here
 * makes it both accepted and documented; a parameter cannot be accepted any other way.
 */
public final class ApiEndpoints {

    private static final Failure BAD_PAGE_QUERY = Failure.badRequest("An unknown or repeated query parameter, or a "
            + "malformed value (e.g. limit outside 1-" + PageRequest.MAX_LIMIT + ", a cursor not from this listing, "
            + "a time that is not ISO-8601); the detail names the parameter and what is allowed");

    /** What {@code SemVer.parse} accepts (MAJOR.MINOR.PATCH, no leading zeros); empty means the current version. */
    private static final String VERSION_PATTERN = "^((0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8}))?$";

    // --- catalogs

    static final Endpoint CATALOG_FACTORS = catalog(CatalogKind.FACTORS, "The factor catalog",
            List.of(query("source", ParamType.STRING, "Only entries of this source, e.g. qlib_alpha158 or "
                            + "rdagent_generated"),
                    query("name_prefix", ParamType.STRING, "Only entries whose name starts with this text"),
                    query("tag", ParamType.STRING, "Only entries carrying this tag")));

    static final Endpoint CATALOG_STRATEGIES = catalog(CatalogKind.STRATEGIES, "The strategy catalog",
            List.of(query("action", ParamType.STRING, "Only strategies of this action")));

    static final Endpoint CATALOG_LOOPS = catalog(CatalogKind.LOOPS, "The loop catalog",
            List.of(query("task_run_id", ParamType.STRING, "Only loops of this task run"),
                    query("status", ParamType.STRING, "Only loops with this status"),
                    query("decision", ParamType.STRING, "Only loops whose decision is true, false or null (none "
                            + "recorded)").matching("^(true|false|null)?$"),
                    query("since", ParamType.TIME, "Only loops whose time (updated_at_utc, else ended_at_utc, else "
                            + "started_at_utc) is at or after this"),
                    query("until", ParamType.TIME, "Only loops whose time (as for since) is before this"),
                    query("solidified", ParamType.BOOLEAN, "Only solidified (true) or only unsolidified (false) "
                            + "loops")));

    static final Endpoint CATALOG_MODELS = catalog(CatalogKind.MODELS, "The model catalog",
            List.of(query("task_run_id", ParamType.STRING, "Only models of this task run")));

    static final Endpoint ALPHA158_META = catalog(CatalogKind.ALPHA158, "The Alpha158 factor metadata", List.of());

    // --- factors

    public static final Endpoint FACTOR = new Endpoint("/factors/{name}", ApiGroup.FACTORS, "One factor's full record",
            "Each factor catalog entry of that name (one per source) with implementation (impl_module, impl_func, "
                    + "impl_version) and performance_by_loop: the KPIs of every loop that used the factor.",
            List.of(path("name", ParamType.STRING, "The factor name, percent-encoded: it may hold /, spaces or any "
                            + "Unicode"),
                    query("source", ParamType.STRING, "Only the record of this source; default: every source")),
            Answer.json("{\"name\": ..., \"factors\": [...]}: the factor's records"),
            List.of(Failure.badRequest("An unknown or repeated query parameter"),
                    Failure.notFound("No factor of that name (with that source)"),
                    Failure.unavailable("The factor catalog is missing, unreadable or corrupt; the detail says why")));

    // --- registry

    public static final Endpoint TASK_RUNS = registryList("/task_runs", "Task runs", "task runs",
            List.of(query("status", ParamType.STRING, "Only task runs with this status")));

    public static final Endpoint TASK_RUN = new Endpoint("/task_runs/{id}", ApiGroup.REGISTRY, "One task run",
            "The registry row of one task run.",
            List.of(path("id", ParamType.STRING, "The task run id")),
            Answer.json("The task run row; keys are the registry's column names"),
            List.of(Failure.badRequest("A query parameter: this endpoint takes none"),
                    Failure.notFound("No task run with this id"), registryUnavailable()));

    public static final Endpoint LOOPS = registryList("/loops", "Loops", "loops",
            List.of(query("task_run_id", ParamType.STRING, "Only loops of this task run"),
                    query("status", ParamType.STRING, "Only loops with this status"),
                    query("action", ParamType.STRING, "Only loops of this action, e.g. factor or model"),
                    query("has_result", ParamType.BOOLEAN, "Only loops with (true) or without (false) a result"),
                    query("materialization_status", ParamType.STRING, "Only loops with this materialization status"),
                    query("is_solidified", ParamType.BOOLEAN, "Only solidified (true) or only unsolidified (false) "
                            + "loops")));

    public static final Endpoint LOOP = new Endpoint("/loops/{task_run_id}/{loop_id}", ApiGroup.REGISTRY, "One loop",
            "The registry row of one loop.",
            loopKey(),
            Answer.json("The loop row; keys are the registry's column names"),
            loopFailures());

    public static final Endpoint LOOP_ARTIFACTS = new Endpoint("/loops/{task_run_id}/{loop_id}/artifacts",
            ApiGroup.REGISTRY, "A loop's artifacts",
            "The artifacts of one loop, ordered by type, name and id, each with every registry column, summary "
                    + "(summary_json parsed; {} when it is not a JSON object) and its files (path, size_bytes, "
                    + "mtime_utc, sha256, kind, ids).",
            loopKey(),
            Answer.json("{\"task_run_id\": ..., \"loop_id\": ..., \"artifacts\": [...]}"),
            loopFailures());

    public static final Endpoint LOOP_CURVES = new Endpoint("/loops/{task_run_id}/{loop_id}/curves",
            ApiGroup.REGISTRY, "A loop's backtest curves",
            "The loop's daily backtest series from its workspace's ret_schema.json (pandas to_json(orient=\"table\"); "
                    + "ret.pkl is never read), one array per series aligned with dates (ISO-8601 UTC): return, "
                    + "cost, bench and turnover as stored, and the series Qlib's report graph derives from them, "
                    + "with its convention: cumulative SUMS, not compounded products (cum_return_wo_cost = "
                    + "cumsum(return), cum_return_w_cost = cumsum(return - cost), cum_bench = cumsum(bench), "
                    + "cum_excess_wo_cost = cumsum(return - bench), cum_excess_w_cost = cumsum(return - bench - "
                    + "cost)), and the drawdowns of the two excess curves (drawdown_excess_wo_cost, "
                    + "drawdown_excess_w_cost: the value minus its running maximum), with max_drawdown (value, "
                    + "peak_date, trough_date) of each. A missing or non-finite value is null and is skipped by the "
                    + "sums, as pandas skips NaN. The series is the experiment workspace's: of the loop's "
                    + "workspaces with role experiment_workspace (all of them when none has that role), the most "
                    + "recently updated one holding ret_schema.json (else ret_schema.parquet). every / max_points "
                    + "thin the answer for charts after the sums are computed: each bucket keeps its first point "
                    + "and the lowest and highest points of both excess curves and both drawdowns' lowest points, "
                    + "and the last point is always kept, so no extreme or drawdown disappears.",
            List.of(path("task_run_id", ParamType.STRING, "The task run id"),
                    path("loop_id", ParamType.INTEGER, "The loop's number within the task run"),
                    query("every", ParamType.INTEGER, "Thin into buckets of this many points (at least 1); not "
                            + "with max_points").atLeast(1),
                    query("max_points", ParamType.INTEGER, "Thin to at most this many points (at least 8); not "
                            + "with every").atLeast(8)),
            Answer.json("{\"task_run_id\", \"loop_id\", \"workspace_id\", \"source_file\", \"points\", "
                    + "\"returned_points\", \"dates\": [...], \"return\": [...], ..., \"max_drawdown\": "
                    + "{\"excess_wo_cost\": {\"value\", \"peak_date\", \"trough_date\"} | null, "
                    + "\"excess_w_cost\": ...}}"),
            List.of(Failure.badRequest("loop_id is not an integer, an unknown or repeated query parameter, every "
                            + "below 1, max_points below 8, or both every and max_points"),
                    Failure.notFound("No such loop, or the loop has no return series (no ret_schema file in its "
                            + "workspace); the detail says which"),
                    Failure.unavailable("The registry cannot be read, or the return series file is unreadable or "
                            + "corrupt; the detail says why")));

    public static final Endpoint WORKSPACES = registryList("/workspaces", "Workspaces", "workspaces",
            List.of(query("task_run_id", ParamType.STRING, "Only workspaces of this task run"),
                    query("loop_id", ParamType.INTEGER, "Only workspaces of this loop"),
                    query("status", ParamType.STRING, "Only workspaces with this status"),
                    query("workspace_role", ParamType.STRING, "Only workspaces with this role")));

    // --- factor package

    public static final Endpoint PACKAGE_VERSIONS = new Endpoint("/factor_package/versions", ApiGroup.FACTOR_PACKAGE,
            "The factor package's versions", "The published versions of the factor package and the current one.",
            List.of(),
            Answer.json("{\"current\": \"MAJOR.MINOR.PATCH\", \"versions\": [{\"version\", \"created_at_utc\", "
                    + "\"functions\", \"sha256\", \"size_bytes\"}, ...]}"),
            List.of(Failure.badRequest("A query parameter: this endpoint takes none"),
                    Failure.notFound("No factor library is configured (rdr.factor-lib.root or RD_FACTORS_LIB_ROOT): "
                    + "this service publishes no factor package"), packageUnavailable()));

    public static final Endpoint PACKAGE_BUNDLE = new Endpoint("/factor_package/bundle", ApiGroup.FACTOR_PACKAGE,
            "One version's archive",
            "The zip archive of one factor package version, as an attachment (Content-Disposition names the file). "
                    + "Archives are immutable: the ETag is the archive's sha256.",
            List.of(query("version", ParamType.STRING, "The version, strictly MAJOR.MINOR.PATCH; default: the "
                    + "current version").matching(VERSION_PATTERN)),
            new Answer("application/zip", "The version's zip archive", true),
            List.of(Failure.badRequest("An unknown or repeated query parameter, or a version that is not "
                            + "MAJOR.MINOR.PATCH"),
                    Failure.notFound("No such version (see /factor_package/versions), or no factor library is "
                            + "configured"),
                    packageUnavailable()));

    // --- health

    static final Endpoint HEALTH = new Endpoint("/health", ApiGroup.HEALTH, "Liveness",
            "{\"status\":\"ok\"}, as the Python service answered, kept for existing clients. Never needs the token.",
            List.of(),
            new Answer("application/json", "{\"status\":\"ok\"}", false),
            List.of());

    /** In the order the OpenAPI document lists them. */
    static final List<Endpoint> ALL = List.of(CATALOG_FACTORS, CATALOG_STRATEGIES, CATALOG_LOOPS, CATALOG_MODELS,
            ALPHA158_META, FACTOR, TASK_RUNS, TASK_RUN, LOOPS, LOOP, LOOP_ARTIFACTS, LOOP_CURVES, WORKSPACES,
            PACKAGE_VERSIONS, PACKAGE_BUNDLE, HEALTH);

    private ApiEndpoints() {
    }

    public static Endpoint catalog(CatalogKind kind) {
        return switch (kind) {
            case FACTORS -> CATALOG_FACTORS;
            case STRATEGIES -> CATALOG_STRATEGIES;
            case LOOPS -> CATALOG_LOOPS;
            case MODELS -> CATALOG_MODELS;
            case ALPHA158 -> ALPHA158_META;
        };
    }

    /** A catalog endpoint: its own filters, then the field selection and paging every catalog has. */
    private static Endpoint catalog(CatalogKind kind, String summary, List<Param> filters) {
        List<Param> params = new ArrayList<>(filters);
        Param fields = query(Projection.PARAM, ParamType.STRING, "Comma-separated entry fields to keep, in that order "
                + "(an entry lacking one leaves it out); " + (kind.indexedFields() == null ? "any field"
                : "one of " + String.join(", ", kind.indexedFields())));
        if (kind.indexedFields() != null) {
            String one = "(" + String.join("|", kind.indexedFields()) + ")";
            fields = fields.matching("^(" + one + "(," + one + ")*)?$");
        }
        params.add(fields);
        params.addAll(paging(PageRequest.MAX_LIMIT));
        String list = "\"" + kind.listKey() + "\"";
        return new Endpoint(kind.catalog().apiPath(), ApiGroup.CATALOGS, summary,
                "Without query parameters the body is the catalog file " + kind.fileName() + " itself (NaN written by "
                        + "the Python tools is served as null): a drop-in for the Python service. With any "
                        + "parameter it is a filtered keyset page in catalog-key order: the file's envelope fields, "
                        + list + " with the matching entries, and next_cursor (null on the last page; pass it as "
                        + "cursor for the next one).",
                params,
                Answer.json("The catalog file, or a page {<envelope fields>, " + list + ": [...], \"next_cursor\": "
                        + "...}"),
                List.of(BAD_PAGE_QUERY,
                        Failure.unavailable("The catalog file is missing, unreadable or corrupt; the detail says "
                                + "which and why")));
    }

    /** A registry listing: its own filters, then the time windows and paging every listing has. */
    private static Endpoint registryList(String path, String summary, String rows, List<Param> filters) {
        List<Param> params = new ArrayList<>(filters);
        params.add(query("created_since", ParamType.TIME, "Only rows created at or after this"));
        params.add(query("created_until", ParamType.TIME, "Only rows created before this"));
        params.add(query("updated_since", ParamType.TIME, "Only rows updated at or after this"));
        params.add(query("updated_until", ParamType.TIME, "Only rows updated before this"));
        params.addAll(paging(PageRequest.DEFAULT_LIMIT));
        return new Endpoint(path, ApiGroup.REGISTRY, summary,
                "Registry " + rows + ", filtered and keyset-paged: {\"items\": [...], \"next_cursor\": ...} "
                        + "(next_cursor is null on the last page; pass it as cursor for the next one). Item keys are "
                        + "the registry's column names.",
                params,
                Answer.json("A page {\"items\": [...], \"next_cursor\": ...}"),
                List.of(BAD_PAGE_QUERY, registryUnavailable()));
    }

    private static List<Param> paging(int defaultLimit) {
        return List.of(
                query("limit", ParamType.PAGE_SIZE, "Page size, 1-" + PageRequest.MAX_LIMIT + " (default "
                        + defaultLimit + ")"),
                query("cursor", ParamType.STRING, "Where the page starts: the next_cursor of the previous page "
                        + "(opaque)").matching("^[A-Za-z0-9_-]*$"));
    }

    private static List<Param> loopKey() {
        return List.of(path("task_run_id", ParamType.STRING, "The task run id"),
                path("loop_id", ParamType.INTEGER, "The loop's number within the task run"));
    }

    private static List<Failure> loopFailures() {
        return List.of(Failure.badRequest("The loop_id path segment is not an integer"),
                Failure.notFound("No such loop"), registryUnavailable());
    }

    private static Failure registryUnavailable() {
        return Failure.unavailable("The registry cannot be read; the detail says why");
    }

    private static Failure packageUnavailable() {
        return Failure.unavailable("The factor package cannot be read; the detail says why");
    }
}
