package rdresults.factorlib.manifest;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import rdresults.factorlib.Origin;
import rdresults.factorlib.SemVer;

/**
 * One function of {@code rd_factors_lib.generated}.
 *
 * @param func          the Python identifier, {@code factor_<snake_case_name>}, fixed once assigned
 * @param factorName    the factor's name in {@code factor_meta.json}; the function's identity
 * @param entry         the function the original source defines and the wrapper calls
 *                      ({@code calculate_<name>} or {@code <name>})
 * @param sha256        hex sha256 of {@code source} as UTF-8
 * @param version       the package version in which this code was written
 * @param source        the original file, verbatim (a leading BOM removed)
 * @param history       earlier code versions, oldest first
 */
public record PublishedFunction(
        String func,
        String factorName,
        String entry,
        String sha256,
        SemVer version,
        String publishedAtUtc,
        Origin origin,
        String description,
        String formula,
        List<HistoryEntry> history,
        String source) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Names become code in {@code generated.py}; checking them here keeps a tampered manifest from injecting any.
     *
     * @throws IllegalArgumentException when {@code func} or {@code entry} is not an identifier, or the sha256 not hex
     */
    public PublishedFunction {
        Objects.requireNonNull(factorName, "factorName");
        if (!PythonNames.isIdentifier(func) || !func.startsWith("factor_")) {
            throw new IllegalArgumentException("function name is not a factor_ identifier: " + func);
        }
        if (!PythonNames.isIdentifier(entry)) {
            throw new IllegalArgumentException("entry function is not an identifier: " + entry);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 is not 64 lowercase hex digits: " + sha256);
        }
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(publishedAtUtc, "publishedAtUtc");
        Objects.requireNonNull(origin, "origin");
        description = description == null ? "" : description;
        formula = formula == null ? "" : formula;
        history = List.copyOf(history);
        Objects.requireNonNull(source, "source");
    }
}
