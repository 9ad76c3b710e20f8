package rdresults.export.internal.factor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The factor expression fingerprint of contract §4.1: MD5 (lowercase hex) of the expression with every whitespace
 * character removed (Python's {@code "".join(expr.split())}) and lowercased. Different spacing or letter case of the
 * same formula gives the same fingerprint.
 */
public final class ExpressionFingerprint {

    private ExpressionFingerprint() {
    }

    /** The fingerprint, or empty when nothing remains of {@code expression} after removing whitespace. */
    public static Optional<String> of(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        String normalized = normalize(expression);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(md5Hex(expression));
    }

    /** The MD5 of the normalized text, also when nothing remains of it (Python hashes the empty text then). */
    static String md5Hex(String expression) {
        return HexFormat.of().formatHex(md5().digest(normalize(expression).getBytes(StandardCharsets.UTF_8)));
    }

    /** Whitespace removed (Python's {@code str.isspace} set), then lowercased. */
    static String normalize(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        expression.codePoints().filter(cp -> !isPythonSpace(cp)).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Python's {@code str.isspace()}: Unicode White_Space plus the ASCII separators 0x1C-0x1F. */
    static boolean isPythonSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680,
                 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }
}
