package rdresults.api.endpoint;

/** A problem answer ({@code application/problem+json}) an endpoint gives, and when it gives it. */
record Failure(int status, String when) {

    static Failure badRequest(String when) {
        return new Failure(400, when);
    }

    static Failure notFound(String when) {
        return new Failure(404, when);
    }

    static Failure unavailable(String when) {
        return new Failure(503, when);
    }
}
