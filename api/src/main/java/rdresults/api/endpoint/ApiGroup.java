package rdresults.api.endpoint;

import rdresults.api.http.BearerTokenFilter;

/** The groups the endpoints are tagged with in the OpenAPI document, in the order they are listed there. */
enum ApiGroup {
    CATALOGS("catalogs", "The exported catalog files, served from memory: each whole (a drop-in for the Python "
            + "service) or as filtered keyset pages", true),
    FACTORS("factors", "One factor's full record, assembled from the factor and loop catalogs", true),
    REGISTRY("registry", "Registry rows (task runs, loops, workspaces, a loop's artifacts) whose keys are the "
            + "registry's column names; the registry is only read, never written", true),
    FACTOR_PACKAGE("factor package", "The published versions of the factor package and their immutable zip archives",
            true),
    HEALTH("health", "Liveness as the Python service answered it. Readiness (registry readable, catalogs loaded), "
            + "liveness and Prometheus metrics are /q/health/ready, /q/health/live and /q/metrics", false);

    private final String tag;
    private final String description;
    private final boolean tokenApplies;

    ApiGroup(String tag, String description, boolean tokenApplies) {
        this.tag = tag;
        this.description = description;
        this.tokenApplies = tokenApplies;
    }

    String tag() {
        return tag;
    }

    String description() {
        return description;
    }

    /** Whether a configured {@code rdr.api.token} guards these endpoints ({@link BearerTokenFilter} spares health). */
    boolean tokenApplies() {
        return tokenApplies;
    }
}
