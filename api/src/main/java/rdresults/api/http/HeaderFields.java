package rdresults.api.http;

import java.util.Map;
import java.util.Optional;

/**
 * The syntax of a request's header fields (RFC 9110 section 5): each name is a token, and no value holds a control
 * character (CTL: 0x00-0x1F except HTAB, and 0x7F). The HTTP decoder leaves this check to {@link RequestGuard}
 * when the JVM runs with {@value RequestGuard#VERTX_HEADER_VALIDATION}{@code =true}, so that the answer is a problem
 * instead of Vert.x's empty 400. It runs on every request: one pass over the characters, no allocation when the
 * fields are valid.
 */
final class HeaderFields {

    /** The characters a token may hold besides letters and digits (RFC 9110 section 5.6.2). */
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";
    /** Bit c set: character c (0-63) is a token character. */
    private static final long TOKEN_LOW = tokenMask(0);
    /** Bit c - 64 set: character c (64-127) is a token character. */
    private static final long TOKEN_HIGH = tokenMask(64);

    private HeaderFields() {
    }

    /**
     * Why the header fields are not valid HTTP, or empty when they are. The text names a field by its name when
     * that name is a token, else by its position; it never holds a value or a name that is not a token.
     */
    static Optional<String> findProblem(Iterable<Map.Entry<String, String>> headers) {
        int position = 0;
        for (Map.Entry<String, String> field : headers) {
            position++;
            String name = field.getKey();
            if (!isToken(name)) {
                return Optional.of("the name of header field " + position + " is not a token (RFC 9110 section "
                        + "5.6.2: letters, digits and " + TOKEN_SYMBOLS + " only)");
            }
            int control = controlCharacter(field.getValue());
            if (control >= 0) {
                return Optional.of(String.format("the value of header field %s holds a control character (0x%02X) "
                        + "at character %d", name, (int) field.getValue().charAt(control), control + 1));
            }
        }
        return Optional.empty();
    }

    static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first control character in {@code value} (HTAB is not one), or -1. */
    static int controlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTokenChar(char c) {
        if (c < 64) {
            return (TOKEN_LOW & (1L << c)) != 0;
        }
        return c < 128 && (TOKEN_HIGH & (1L << (c - 64))) != 0;
    }

    private static long tokenMask(int from) {
        long mask = 0;
        for (int c = from; c < from + 64; c++) {
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                    || TOKEN_SYMBOLS.indexOf(c) >= 0) {
                mask |= 1L << (c - from);
            }
        }
        return mask;
    }
}
