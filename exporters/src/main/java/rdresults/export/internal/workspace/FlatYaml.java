package rdresults.export.internal.workspace;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, without the YAML parser, the flat documents MLflow writes as {@code meta.yaml} (one {@code key: value}
 * line per field): a large export reads one per run folder, each text unique, and the full parse cost more than all
 * the rest of their handling. Only lines whose meaning under PyYAML's rules is plain are taken; any other document
 * is left to the parser ({@link rdresults.model.PythonYaml}), so the tree is always the one it would build.
 *
 * <p>Taken: a key of lower-case letters, digits and {@code _} at the start of the line, {@code ": "}, and a value
 * that is a decimal integer without a leading zero, a word starting with a letter made of letters, digits and
 * {@code _ . / : -} (not a YAML 1.1 boolean or null, not ending in {@code :}), a hex string with a letter in it, a
 * single-quoted text without quotes inside, or {@code []}.
 */
final class FlatYaml {

    /** Words that YAML 1.1 reads as booleans or null in some casing; a line holding one is left to the parser. */
    private static final Set<String> SPECIAL_WORDS = Set.of("yes", "no", "true", "false", "on", "off", "null");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FlatYaml() {
    }

    /** The root mapping of {@code text} when every line is a plain {@code key: value}; empty otherwise. */
    static Optional<ObjectNode> mapping(String text) {
        if (text.isEmpty() || text.indexOf('\r') >= 0) {
            return Optional.empty();
        }
        ObjectNode root = NODES.objectNode();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!put(root, text, start, end)) {
                return Optional.empty();
            }
            start = end + 1;
        }
        return Optional.of(root);
    }

    private static boolean put(ObjectNode root, String text, int start, int end) {
        int colon = text.indexOf(": ", start);
        if (colon <= start || colon >= end || !isKey(text, start, colon)) {
            return false;
        }
        String key = text.substring(start, colon);
        String value = text.substring(colon + 2, end);
        if (SPECIAL_WORDS.contains(key)) {
            return false;
        }
        if (value.equals("[]")) {
            root.set(key, NODES.arrayNode());
        } else if (isDecimal(value)) {
            long n = Long.parseLong(value);
            root.set(key, n == (int) n ? NODES.numberNode((int) n) : NODES.numberNode(n));
        } else if (isQuoted(value)) {
            root.put(key, value.substring(1, value.length() - 1));
        } else if (isPlainWord(value) || isHexText(value)) {
            root.put(key, value);
        } else {
            return false;
        }
        return true;
    }

    private static boolean isKey(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_' || i > start && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** {@code 0} or {@code [1-9][0-9]*}, short enough for a long (PyYAML reads a leading 0 as octal). */
    private static boolean isDecimal(String v) {
        if (v.isEmpty() || v.length() > 18 || v.length() > 1 && v.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code '...'} with printable ASCII inside and no quote to unescape. */
    private static boolean isQuoted(String v) {
        if (v.length() < 2 || v.charAt(0) != '\'' || v.charAt(v.length() - 1) != '\'') {
            return false;
        }
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (c < ' ' || c > '~' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    /** A letter, then letters, digits and {@code _ . / : -}; no YAML 1.1 boolean or null; no trailing colon. */
    private static boolean isPlainWord(String v) {
        if (v.isEmpty() || !isLetter(v.charAt(0)) || v.endsWith(":")
                || SPECIAL_WORDS.contains(v.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '/' || c == ':' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower-case hex digits with at least one letter, as MLflow's run ids: never an int, float or timestamp under
     * YAML 1.1, except {@code 0b...} binary, which is left to the parser.
     */
    private static boolean isHexText(String v) {
        if (v.startsWith("0b")) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 'a' && c <= 'f') {
                letter = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return letter;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
