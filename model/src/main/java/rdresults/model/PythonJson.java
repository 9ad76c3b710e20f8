package rdresults.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON read and written the way RD-Agent's Python tools do.
 *
 * <ul>
 *   <li>{@link #dumps(JsonNode)} reproduces {@code json.dumps(obj, sort_keys=True, ensure_ascii=False)} byte for
 *       byte (keys sorted recursively by code point, {@code ", "} and {@code ": "} separators, Python float repr),
 *       which stable IDs hash.</li>
 *   <li>{@link #dumpIndented(JsonNode)} is {@code json.dumps(obj, indent=2, ensure_ascii=False)} with keys in their
 *       own order and, unlike Python, strict JSON: NaN and infinities become {@code null}.
 *       {@link #dumpIndented(JsonNode, NonFinite)} with {@link NonFinite#PYTHON_TOKENS} keeps Python's bare
 *       tokens instead, for files that must look as if Python wrote them.</li>
 *   <li>{@link #parse(byte[], String)} reads what Python wrote: a UTF-8 BOM, bare {@code NaN} and
 *       {@code Infinity} tokens are accepted.</li>
 * </ul>
 */
public final class PythonJson {

    /** Immutable once built; shared because building a mapper is costly and it is thread-safe. */
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(false))
            .build();

    /** For values read one at a time off a {@link #parser}: more document follows each of them. */
    private static final ObjectReader VALUE_READER = READER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final char BOM = '\uFEFF';
    /** Indentation is appended from here in slices rather than one space at a time. */
    private static final String SPACES = " ".repeat(64);

    private PythonJson() {
    }

    /** How non-finite floats are written. */
    public enum NonFinite {
        /** Python's default: bare {@code NaN}, {@code Infinity}, {@code -Infinity} (not strict JSON). */
        PYTHON_TOKENS,
        /** Strict JSON: {@code null}. */
        NULL
    }

    /**
     * Parses JSON text as Python's {@code json.loads} accepts it, after dropping a leading UTF-8 BOM.
     *
     * @param what names the input in the error message, e.g. a file path
     * @throws InvalidInputException when the text is not JSON
     */
    public static JsonNode parse(byte[] utf8, String what) {
        int offset = utf8.length >= 3 && (utf8[0] & 0xff) == 0xEF && (utf8[1] & 0xff) == 0xBB
                && (utf8[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return checked(READER.readTree(utf8, offset, utf8.length - offset), what);
        } catch (IOException e) {
            throw invalid(what, e);
        }
    }

    /** As {@link #parse(byte[], String)} for text already decoded. */
    public static JsonNode parse(String text, String what) {
        String s = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        try {
            return checked(READER.readTree(s), what);
        } catch (IOException e) {
            throw invalid(what, e);
        }
    }

    /**
     * A streaming parser over UTF-8 JSON that accepts what {@link #parse(byte[], String)} accepts (a UTF-8 BOM, bare
     * {@code NaN} and {@code Infinity}), for documents too large to hold as one tree; {@link #readValue} reads a part
     * of it as a tree. The caller closes the parser; closing it leaves {@code utf8} open.
     */
    public static JsonParser parser(InputStream utf8) throws IOException {
        return READER.createParser(utf8);
    }

    /**
     * The value at the current token of a {@link #parser} as the tree {@link #parse} would build for it (JSON null
     * as a null node); the parser is left on the value's last token.
     */
    public static JsonNode readValue(JsonParser parser) throws IOException {
        JsonNode n = VALUE_READER.readTree(parser);
        return n == null ? nodes().nullNode() : n;
    }

    private static JsonNode checked(JsonNode node, String what) {
        if (node == null || node.isMissingNode()) {
            throw new InvalidInputException("invalid JSON in " + what + ": empty document");
        }
        return node;
    }

    /** The error {@link #parse} reports for {@code e}, with its position when known; for {@link #parser} users. */
    public static InvalidInputException invalid(String what, IOException e) {
        if (e instanceof JsonProcessingException p) {
            return new InvalidInputException("invalid JSON in " + what + ": " + p.getOriginalMessage()
                    + " at line " + p.getLocation().getLineNr() + " column " + p.getLocation().getColumnNr(), p);
        }
        return new InvalidInputException("invalid JSON in " + what + ": " + e.getMessage(), e);
    }

    /** The shared node factory, so callers build trees that this class writes faithfully. */
    public static JsonNodeFactory nodes() {
        return READER.getNodeFactory();
    }

    /**
     * Converts a tree of plain Java values (maps, lists, strings, numbers, booleans, null, nodes) into a node. Maps
     * keep their iteration order; {@code Integer}/{@code Long} become integers and {@code Double} stays a float,
     * NaN and infinities included, so {@code 1.0} is written {@code 1.0} as Python writes a float.
     */
    public static JsonNode valueToTree(Object value) {
        return READER.valueToTree(value);
    }

    /** {@code json.dumps(node, sort_keys=True, ensure_ascii=False)}. */
    public static String dumps(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        new Writer(out, NonFinite.PYTHON_TOKENS, true, -1).value(node, 0);
        return out.toString();
    }

    /** {@code json.dumps(node, indent=2, ensure_ascii=False)}, keys in document order, non-finite floats as null. */
    public static String dumpIndented(JsonNode node) {
        return dumpIndented(node, NonFinite.NULL);
    }

    /**
     * {@code json.dumps(node, indent=2, ensure_ascii=False)}, keys in document order, non-finite floats written as
     * {@code nonFinite} says. With {@link NonFinite#PYTHON_TOKENS} the text is byte for byte what Python writes,
     * bare {@code NaN} and {@code Infinity} included (not strict JSON; {@link #parse} reads it back).
     */
    public static String dumpIndented(JsonNode node, NonFinite nonFinite) {
        StringBuilder out = new StringBuilder(4096);
        new Writer(out, nonFinite, false, 2).value(node, 0);
        return out.toString();
    }

    /**
     * As {@link #dumpIndented(JsonNode)} for a value that sits {@code depth} levels deep in a larger indented
     * document: its inner lines are indented for that depth, so a writer can stream a document piece by piece and
     * produce the same bytes as dumping it whole.
     */
    public static String dumpIndented(JsonNode node, int depth) {
        StringBuilder out = new StringBuilder(1024);
        new Writer(out, NonFinite.NULL, false, 2).value(node, depth);
        return out.toString();
    }

    /** Compact strict JSON ({@code ,} and {@code :} separators, keys in document order), as the API answers. */
    public static String dumpCompact(JsonNode node) {
        StringBuilder out = new StringBuilder(node.isContainerNode() ? 256 : 32);
        new Writer(out, NonFinite.NULL, false, 0).value(node, 0);
        return out.toString();
    }

    /** Python's {@code json.dumps} string literal with {@code ensure_ascii=False}. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        Writer.string(out, s);
        return out.toString();
    }

    /** Writes one tree. {@code indent} &lt; 0: Python default separators; 0: compact; &gt; 0: pretty. */
    private record Writer(StringBuilder out, NonFinite nonFinite, boolean sortKeys, int indent) {

        void value(JsonNode node, int depth) {
            switch (node.getNodeType()) {
                case OBJECT -> object(node, depth);
                case ARRAY -> array(node, depth);
                case STRING -> string(out, node.textValue());
                case NUMBER -> number(node);
                case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
                case NULL, MISSING -> out.append("null");
                case BINARY, POJO -> string(out, node.asText());
                default -> throw new IllegalStateException("unexpected JSON node type " + node.getNodeType());
            }
        }

        private void number(JsonNode node) {
            if (node.isIntegralNumber()) {
                out.append(node.bigIntegerValue().toString());
                return;
            }
            double d = node.doubleValue();
            if (Double.isFinite(d)) {
                out.append(PythonFloats.repr(d));
            } else if (nonFinite == NonFinite.NULL) {
                out.append("null");
            } else if (Double.isNaN(d)) {
                out.append("NaN");
            } else {
                out.append(d > 0 ? "Infinity" : "-Infinity");
            }
        }

        private void object(JsonNode node, int depth) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            if (sortKeys) {
                List<Map.Entry<String, JsonNode>> sorted = new ArrayList<>(node.size());
                fields.forEachRemaining(sorted::add);
                sorted.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
                fields = sorted.iterator();
            }
            out.append('{');
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                separator(first, depth + 1);
                first = false;
                string(out, field.getKey());
                out.append(indent == 0 ? ":" : ": ");
                value(field.getValue(), depth + 1);
            }
            close(depth);
            out.append('}');
        }

        private void array(JsonNode node, int depth) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                separator(first, depth + 1);
                first = false;
                value(it.next(), depth + 1);
            }
            close(depth);
            out.append(']');
        }

        private void separator(boolean first, int depth) {
            if (indent > 0) {
                if (!first) {
                    out.append(',');
                }
                newline(depth);
            } else if (!first) {
                out.append(indent == 0 ? "," : ", ");
            }
        }

        private void close(int depth) {
            if (indent > 0) {
                newline(depth);
            }
        }

        private void newline(int depth) {
            out.append('\n');
            int spaces = depth * indent;
            while (spaces > 0) {
                int n = Math.min(spaces, SPACES.length());
                out.append(SPACES, 0, n);
                spaces -= n;
            }
        }

        /**
         * Copies runs of characters that need no escape in one append: catalogs are mostly such text. A string that
         * needs none (most) is appended whole, which copies arrays instead of going character by character.
         */
        static void string(StringBuilder out, String s) {
            out.append('"');
            int first = 0;
            while (first < s.length() && !needsEscape(s.charAt(first))) {
                first++;
            }
            if (first == s.length()) {
                out.append(s).append('"');
                return;
            }
            int plainFrom = 0;
            for (int i = first; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c != '"' && c != '\\') {
                    continue;
                }
                out.append(s, plainFrom, i);
                plainFrom = i + 1;
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            }
            out.append(s, plainFrom, s.length());
            out.append('"');
        }

        private static boolean needsEscape(char c) {
            return c < 0x20 || c == '"' || c == '\\';
        }
    }

    /** Python orders {@code str} by code point; Java's {@code compareTo} orders UTF-16 units. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
