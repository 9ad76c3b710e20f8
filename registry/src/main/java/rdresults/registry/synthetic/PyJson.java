package rdresults.registry.synthetic;

import java.util.List;
import java.util.Map;

/**
 * Writes values the way Python's {@code json} module does, because the files and DB columns must look as if the
 * fork's tools wrote them: key order kept, {@code NaN} as a bare token, floats in {@code repr()} form.
 *
 * <p>Accepts {@link Map} (insertion order), {@link List}, {@link String}, {@link Boolean}, {@link Integer},
 * {@link Long}, {@link Double}, {@link PyFloat} and {@code null}.
 */
final class PyJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyJson() {
    }

    /** {@code json.dumps(value, indent=2, ensure_ascii=False)}: the backfill's workspace files. */
    static String pretty(Object value) {
        StringBuilder out = new StringBuilder(1024);
        writePretty(out, value, 0);
        return out.toString();
    }

    /** {@code json.dumps(value)}: separators {@code ", "} and {@code ": "}, non-ASCII escaped (DB columns). */
    static String dumps(Object value) {
        StringBuilder out = new StringBuilder(256);
        writeInline(out, value, ", ", ": ", true);
        return out.toString();
    }

    /** Compact, ASCII-only form of pandas {@code to_json} (ret_schema.json, signals.json). */
    static String compact(Object value) {
        StringBuilder out = new StringBuilder(1024);
        writeInline(out, value, ",", ":", true);
        return out.toString();
    }

    private static void writePretty(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(out, depth + 1);
                writeString(out, (String) entry.getKey(), false);
                out.append(": ");
                writePretty(out, entry.getValue(), depth + 1);
            }
            out.append('\n');
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(out, depth + 1);
                writePretty(out, item, depth + 1);
            }
            out.append('\n');
            indent(out, depth);
            out.append(']');
        } else {
            writeScalar(out, value, false);
        }
    }

    private static void writeInline(StringBuilder out, Object value, String itemSep, String keySep, boolean ascii) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(itemSep);
                }
                first = false;
                writeString(out, (String) entry.getKey(), ascii);
                out.append(keySep);
                writeInline(out, entry.getValue(), itemSep, keySep, ascii);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(itemSep);
                }
                first = false;
                writeInline(out, item, itemSep, keySep, ascii);
            }
            out.append(']');
        } else {
            writeScalar(out, value, ascii);
        }
    }

    private static void writeScalar(StringBuilder out, Object value, boolean ascii) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(out, s, ascii);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double d) {
            out.append(PyFloat.repr(d));
        } else if (value instanceof PyFloat f) {
            out.append(f.repr());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeString(StringBuilder out, String s, boolean ascii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }
}
