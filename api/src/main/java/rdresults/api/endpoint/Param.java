package rdresults.api.endpoint;

/**
 * One parameter of an endpoint as data: what the strict query validation accepts and what the OpenAPI document
 * describes are both read from here, so the two cannot drift apart.
 */
record Param(String name, In in, ParamType type, String description) {

    /** Where the parameter travels. */
    enum In { PATH, QUERY }

    Param {
        if (name == null || name.isBlank() || in == null || type == null || description == null
                || description.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name, a place, a type and a description: " + name);
        }
    }

    static Param path(String name, ParamType type, String description) {
        return new Param(name, In.PATH, type, description);
    }

    static Param query(String name, ParamType type, String description) {
        return new Param(name, In.QUERY, type, description);
    }
}
