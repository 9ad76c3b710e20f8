package rdresults.factorlib.internal.python;

import java.util.Set;
import rdresults.factorlib.internal.Hashes;

/**
 * Python identifiers for published functions: {@code factor_} + snake_case of the factor name, ASCII only, never a
 * keyword, unique within the module. The manifest's records check the names they are given with their own rule
 * ({@code rdresults.factorlib.manifest.PythonNames}), so that they depend on nothing internal.
 */
public final class PythonIdentifiers {

    private PythonIdentifiers() {
    }

    /**
     * snake_case of a factor name: {@code Volume_Weighted_Momentum_60D} → {@code volume_weighted_momentum_60d},
     * {@code PriceVolumeCorr} → {@code price_volume_corr}, {@code RSILike} → {@code rsi_like}. Characters other than
     * ASCII letters and digits become {@code _}; runs of {@code _} collapse. May be empty or start with a digit.
     */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isAsciiUpper(c)) {
                char prev = i > 0 ? name.charAt(i - 1) : '_';
                char next = i + 1 < name.length() ? name.charAt(i + 1) : '_';
                boolean wordStart = isAsciiLower(prev)
                        || ((isAsciiUpper(prev) || isAsciiDigit(prev)) && isAsciiLower(next));
                if (wordStart) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else if (isAsciiLower(c) || isAsciiDigit(c)) {
                out.append(c);
            } else {
                out.append('_');
            }
        }
        return out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    }

    /**
     * The base function name for a factor: {@code factor_<snake_case>}; a name with no ASCII letter or digit gets
     * a stable hash instead ({@code factor_unnamed_<8 hex>}) so that it still names a function.
     */
    public static String funcName(String factorName) {
        String snake = snakeCase(factorName);
        return "factor_" + (snake.isEmpty() ? "unnamed_" + shortHash(factorName) : snake);
    }

    /** {@code base}, or {@code base_2}, {@code base_3}, ... whichever is first not in {@code taken}. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "_" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String shortHash(String s) {
        return Hashes.sha256(s).substring(0, 8);
    }
}
