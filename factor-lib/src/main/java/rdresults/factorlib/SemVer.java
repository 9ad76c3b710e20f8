package rdresults.factorlib;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package version, strict {@code MAJOR.MINOR.PATCH}: decimal integers without leading zeros, nothing before or
 * after. The strictness is a safety property: version strings arrive from HTTP queries and become file names, so
 * anything else ({@code 1.0}, {@code 01.0.0}, {@code ../1.0.0}, {@code 1.0.0/../x}) is rejected before any path is
 * built.
 */
public record SemVer(int major, int minor, int patch) implements Comparable<SemVer> {

    private static final Pattern STRICT = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");

    public SemVer {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new InvalidVersionException(major + "." + minor + "." + patch);
        }
    }

    /**
     * Parses strict semver.
     *
     * @throws InvalidVersionException for anything else, including surrounding whitespace
     */
    public static SemVer parse(String text) {
        Matcher m = text == null ? null : STRICT.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidVersionException(text);
        }
        return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** Whether {@code text} is strict semver. */
    public static boolean isValid(String text) {
        return text != null && STRICT.matcher(text).matches();
    }

    /** The next version for {@code bump}: {@code 1.2.3} → {@code 1.2.4} (patch) or {@code 1.3.0} (minor). */
    public SemVer next(Bump bump) {
        return switch (bump) {
            case PATCH -> new SemVer(major, minor, patch + 1);
            case MINOR -> new SemVer(major, minor + 1, 0);
        };
    }

    @Override
    public int compareTo(SemVer o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
