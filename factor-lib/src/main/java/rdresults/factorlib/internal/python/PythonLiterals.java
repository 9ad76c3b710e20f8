package rdresults.factorlib.internal.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Python source fragments built from untrusted text (LLM-written code, descriptions, registry IDs). Every piece of
 * text that lands in {@code generated.py} goes through here, so none of it can end a literal or a comment early and
 * become code.
 */
public final class PythonLiterals {

    private PythonLiterals() {
    }

    /** A double-quoted {@code str} literal; non-ASCII text stays readable (the file is UTF-8). */
    public static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        escape(s, out, false);
        return out.append('"').toString();
    }

    /**
     * {@code text} as a parenthesized concatenation of one literal per source line, so a reviewer reads the code
     * line by line in {@code generated.py}, while Python still sees exactly one string.
     */
    public static String lines(String text, String indent) {
        if (text.isEmpty()) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder(text.length() + 64).append("(\n");
        for (String line : splitKeepingEnds(text)) {
            out.append(indent).append(string(line)).append('\n');
        }
        return out.append(')').toString();
    }

    /**
     * A triple-quoted docstring whose lines after the first are indented by {@code indent}. Backslashes and quotes
     * are escaped, so the text can neither close the literal nor form escapes of its own.
     */
    public static String docstring(List<String> paragraphLines, String indent) {
        StringBuilder out = new StringBuilder(256).append("\"\"\"");
        for (int i = 0; i < paragraphLines.size(); i++) {
            if (i > 0) {
                out.append('\n');
                if (!paragraphLines.get(i).isEmpty()) {
                    out.append(indent);
                }
            }
            escape(paragraphLines.get(i), out, true);
        }
        if (paragraphLines.size() > 1) {
            out.append('\n').append(indent);
        }
        return out.append("\"\"\"").toString();
    }

    /** Text safe inside a {@code #} comment: one line, control characters shown as escapes. */
    public static String comment(String s) {
        StringBuilder out = new StringBuilder(s.length());
        escape(s, out, true);
        return out.toString().replace("\n", "\\n");
    }

    private static void escape(String s, StringBuilder out, boolean keepNewlines) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append(keepNewlines ? "\n" : "\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append(keepNewlines ? "\t" : "\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        i = surrogate(s, i, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** A valid pair is copied; a lone surrogate (legal in a Java string, unencodable in UTF-8) is escaped. */
    private static int surrogate(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(i + 1));
            return i + 1;
        }
        out.append(String.format("\\u%04x", (int) c));
        return i;
    }

    /** Lines with their terminators ({@code \n}, {@code \r\n} or a lone {@code \r}) still attached. */
    static List<String> splitKeepingEnds(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
