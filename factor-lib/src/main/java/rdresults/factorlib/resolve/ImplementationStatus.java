package rdresults.factorlib.resolve;

import java.util.Locale;

/** How a catalog entry's recorded {@code impl_*} pointer relates to the package's current function for it. */
public enum ImplementationStatus {
    /** The pointer names the package's function for the factor at a version that holds its current code. */
    CURRENT,
    /** The pointer names that function at a version older than its current code. */
    STALE,
    /** The pointer's version is no package version at all (e.g. the date-style ones older tools wrote). */
    LEGACY,
    /** The package has no function for the factor, or not the one (or the version) the pointer names. */
    MISSING,
    /** The entry records no pointer. */
    NONE;

    /** The catalog's spelling: {@code current}, {@code stale}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
