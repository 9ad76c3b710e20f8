package rdresults.api.endpoint;

/**
 * One parameter of an endpoint as data: what the strict query validation accepts and what the OpenAPI document
 * describes are both read from here, so the two cannot drift apart. {@code pattern} is null when any text of the
 * type is accepted; {@code minimum} is null when any integer is (the endpoint checks the bound it declares).
 */
record Param(String name, In in, ParamType type, String description, String pattern, Long minimum) {

    /** Where the parameter travels. */
    enum In { PATH, QUERY }

    Param {
        if (name == null || name.isBlank() || in == null || type == null || description == null
                || description.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name, a place, a type and a description: " + name);
        }
    }

    static Param path(String name, ParamType type, String description) {
        return new Param(name, In.PATH, type, description, null, null);
    }

    static Param query(String name, ParamType type, String description) {
        return new Param(name, In.QUERY, type, description, null, null);
    }

    /**
     * This parameter, documented with a pattern its every accepted value matches (an empty value means absent, so
     * the pattern admits it); values outside it are answered with a 400.
     */
    Param matching(String regex) {
        return new Param(name, in, type, description, regex, minimum);
    }

    /** This integer parameter, documented with the smallest value the endpoint accepts (smaller ones get a 400). */
    Param atLeast(long min) {
        return new Param(name, in, type, description, pattern, min);
    }
}
