package rdresults.factorlib;

/** Which part of the version a publish that changed something increments. */
public enum Bump {
    /** {@code 1.2.3} → {@code 1.2.4}: the default. */
    PATCH,
    /** {@code 1.2.3} → {@code 1.3.0}: {@code --minor}. */
    MINOR
}
