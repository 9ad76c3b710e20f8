package rdresults.api.http;

import java.util.List;
import java.util.Locale;

/**
 * Reads {@code Accept-Encoding} (RFC 9110 §12.5.3) leniently: a list of codings, each with an optional weight
 * {@code q}. A member that cannot be read is ignored rather than failing the request, as a header is advice about
 * the representation, never a reason to refuse it.
 */
public final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * Whether the client accepts gzip: {@code gzip} (or {@code x-gzip}) listed with a weight above 0, or {@code *}
     * with a weight above 0 when gzip itself is not listed. {@code gzip;q=0} refuses it.
     */
    public static boolean acceptsGzip(List<String> headers) {
        if (headers == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String header : headers) {
            if (header == null) {
                continue;
            }
            for (String member : header.split(",")) {
                String[] parts = member.split(";");
                if (parts.length == 0) {
                    continue;
                }
                String coding = parts[0].trim().toLowerCase(Locale.ROOT);
                double q = weight(parts);
                if (coding.equals("gzip") || coding.equals("x-gzip")) {
                    gzip = gzip == null ? q : Math.max(gzip, q);
                } else if (coding.equals("*")) {
                    any = any == null ? q : Math.max(any, q);
                }
            }
        }
        if (gzip != null) {
            return gzip > 0;
        }
        return any != null && any > 0;
    }

    /** The member's {@code q} (1 when absent); 0 when it is malformed, so an unreadable weight never opts in. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            int eq = param.indexOf('=');
            if (eq < 0 || !param.substring(0, eq).trim().equalsIgnoreCase("q")) {
                continue;
            }
            String value = param.substring(eq + 1).trim();
            if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
                return 0;
            }
            return Double.parseDouble(value);
        }
        return 1;
    }
}
