package rdresults.export.internal.loop;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Optional;
import rdresults.model.PythonJson;

/**
 * The {@code factor_impl_version} of a loop (contract §7): the {@code impl_version} of the factors in the
 * workspace's {@code factor_meta.json}. When they differ the highest wins, because AIstock compares it with its
 * installed {@code rd_factors_lib} version and a library at least that new serves every factor of the loop.
 * Versions made only of digits (RD-Agent writes dates such as {@code 20260112}) compare as numbers, others by code
 * point, digits-only ones ranking below the rest.
 */
final class FactorImplVersion {

    private static final Comparator<String> VERSION_ORDER = FactorImplVersion::compare;

    private FactorImplVersion() {
    }

    /** The highest version in {@code factorMeta} (null when the file is absent), if any factor names one. */
    static Optional<String> of(JsonNode factorMeta) {
        if (factorMeta == null || !factorMeta.isObject() || !factorMeta.path("factors").isArray()) {
            return Optional.empty();
        }
        String best = null;
        for (JsonNode factor : factorMeta.get("factors")) {
            String v = version(factor.get("impl_version"));
            if (v != null && (best == null || VERSION_ORDER.compare(v, best) > 0)) {
                best = v;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String version(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            String s = value.textValue().trim();
            return s.isEmpty() ? null : s;
        }
        return value.isIntegralNumber() ? value.bigIntegerValue().toString() : null;
    }

    private static int compare(String a, String b) {
        boolean da = isDigits(a);
        boolean db = isDigits(b);
        if (da && db) {
            int c = new BigInteger(a).compareTo(new BigInteger(b));
            return c != 0 ? c : PythonJson.compareCodePoints(a, b);
        }
        if (da != db) {
            return da ? -1 : 1;
        }
        return PythonJson.compareCodePoints(a, b);
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
