package rdresults.factorlib.manifest;

import java.util.Objects;
import java.util.regex.Pattern;
import rdresults.factorlib.SemVer;

/**
 * One function of {@code rd_factors_lib.alpha158}: the pandas translation of a Qlib expression.
 *
 * @param func       the Python identifier, {@code alpha158_<snake_case_name>}, fixed once assigned
 * @param name       the factor's name (e.g. {@code KMID}); the function's identity
 * @param expression the Qlib expression it computes
 * @param sha256     hex sha256 of the function's rendered text (its {@code def} block) as UTF-8
 * @param version    the package version in which that text last changed
 */
public record Alpha158Function(String func, String name, String expression, String sha256, SemVer version) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Names become code in {@code alpha158.py}; checking them here keeps a tampered manifest from injecting any. */
    public Alpha158Function {
        if (!PythonNames.isIdentifier(func) || !func.startsWith("alpha158_")) {
            throw new IllegalArgumentException("function name is not an alpha158_ identifier: " + func);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 is not 64 lowercase hex digits: " + sha256);
        }
        Objects.requireNonNull(version, "version");
    }
}
