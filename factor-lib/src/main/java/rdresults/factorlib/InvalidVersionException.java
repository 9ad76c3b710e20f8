package rdresults.factorlib;

import rdresults.model.FailureCategory;

/** A version string is not strict semver {@code MAJOR.MINOR.PATCH} (no leading zeros, no suffix, no path). */
public final class InvalidVersionException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    private final String text;

    InvalidVersionException(String text) {
        super(null, "invalid version '" + printable(text) + "': expected MAJOR.MINOR.PATCH, e.g. 1.0.7");
        this.text = text;
    }

    /** The rejected text, as given. */
    public String text() {
        return text;
    }

    /** The message echoes user input: keep it on one line and short. */
    private static String printable(String text) {
        if (text == null) {
            return "null";
        }
        String shortened = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }

    /** A version string the caller typed. */
    @Override
    public FailureCategory category() {
        return FailureCategory.USAGE;
    }
}
