package rdresults.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the block-style YAML that Qlib and RD-Agent configurations are written in (a root mapping, nested block
 * mappings and sequences, one-line flow collections, quoted and plain one-line scalars, anchors and aliases) without
 * SnakeYAML's general machinery, which spent a third of a 20 x 500 export's CPU on texts that are all alike in
 * shape but each unique. Plain scalars are typed by the caller (PyYAML's resolvers and constructors, as the full
 * parser types them), so only the structure is read here.
 *
 * <p>A document that leaves the subset (block scalars, multi-line scalars, tags, merge keys, complex or duplicate
 * keys, directives, tabs, control characters, odd indentation, anything this reader is not sure of) gives
 * {@code null}: the caller then uses the full parser, so the result, including every error, is always the one the
 * full parser gives.
 */
final class BlockYamlReader {

    /** More aliases than configurations use: beyond it, the full parser (and its alias limits) decides. */
    private static final int MAX_ALIASES = 100;
    /** PyYAML refuses implicit keys longer than 1024 characters; well below that, nothing is in doubt. */
    private static final int MAX_KEY_CHARS = 512;
    /** Configurations are a few kilobytes; large texts go to the full parser and its size limit. */
    private static final int MAX_CHARS = 1 << 20;
    /** Collections nested deeper go to the full parser, which refuses more than 50 levels. */
    private static final int MAX_DEPTH = 40;

    /** Leaving the subset; no stack trace, it is control flow. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    private final String text;
    /** The text's characters: indexing an array is much cheaper than {@code charAt} on non-Latin-1 strings. */
    private final char[] chars;
    private final Function<String, Object> plainScalars;
    /** Content lines (not blank, not comment-only): indentation, first content character, end of line. */
    private final int[] indents;
    private final int[] starts;
    private final int[] ends;
    private final int count;
    private final Map<String, Object> anchors = new HashMap<>();
    private int line;
    private int aliases;
    private int depth;

    private BlockYamlReader(String text, char[] chars, Function<String, Object> plainScalars, int[] indents,
                            int[] starts, int[] ends, int count) {
        this.text = text;
        this.chars = chars;
        this.plainScalars = plainScalars;
        this.indents = indents;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /**
     * The document's root mapping as Java values (maps, lists, the scalars {@code plainScalars} makes of plain text,
     * strings for quoted text), or null when the document is outside the subset or its root is not a mapping.
     */
    static Map<Object, Object> read(String text, Function<String, Object> plainScalars) {
        if (text.length() > MAX_CHARS) {
            return null;
        }
        char[] chars = text.toCharArray();
        int lines = 1;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n') {
                lines++;
            } else if (c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n') {
                continue; // CRLF line ends (templates edited on Windows); a lone CR is left to the full parser
            } else if (c < ' ' || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c >= 0xd800 && c <= 0xdfff
                    || c == 0xfeff || c >= 0xfffe) {
                // tabs, CR, controls, other line breaks, surrogates, BOM, non-characters: the full parser has rules
                return null;
            }
        }
        int[] indents = new int[lines];
        int[] starts = new int[lines];
        int[] ends = new int[lines];
        int count = 0;
        int start = 0;
        while (start <= text.length()) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                next = text.length();
            }
            int end = next > start && chars[next - 1] == '\r' ? next - 1 : next;
            int first = start;
            while (first < end && chars[first] == ' ') {
                first++;
            }
            if (first < end && chars[first] != '#') {
                if (first == start && isDocumentMarker(text, start, end)) {
                    return null;
                }
                indents[count] = first - start;
                starts[count] = first;
                ends[count] = end;
                count++;
            }
            start = next + 1;
        }
        if (count == 0 || indents[0] != 0) {
            return null;
        }
        try {
            BlockYamlReader reader = new BlockYamlReader(text, chars, plainScalars, indents, starts, ends, count);
            Map<Object, Object> root = reader.mapping(0, -1);
            return reader.line == count ? root : null;
        } catch (Unsupported e) {
            return null;
        }
    }

    private static boolean isDocumentMarker(String text, int start, int end) {
        char c = text.charAt(start);
        return c == '%' || (text.startsWith("---", start) || text.startsWith("...", start))
                && (end - start == 3 || text.charAt(start + 3) == ' ');
    }

    /**
     * The mapping whose keys start at column {@code indent} from the current line on; {@code firstKeyAt}, when not
     * negative, is where the first key starts (after a sequence item's {@code "- "}).
     */
    private Map<Object, Object> mapping(int indent, int firstKeyAt) {
        enter();
        Map<Object, Object> map = new LinkedHashMap<>();
        int at = firstKeyAt >= 0 ? firstKeyAt : starts[line];
        while (true) {
            entry(map, indent, at);
            if (line >= count || indents[line] < indent) {
                depth--;
                return map;
            }
            if (indents[line] > indent || isItem(starts[line], ends[line])) {
                throw UNSUPPORTED;
            }
            at = starts[line];
        }
    }

    /** One {@code key: value} whose key starts at {@code at} on the current line. */
    private void entry(Map<Object, Object> map, int indent, int at) {
        int end = ends[line];
        int colon = at;
        while (colon < end && isKeyChar(chars[colon])) {
            colon++;
        }
        if (colon == at || colon >= end || chars[colon] != ':' || colon - at > MAX_KEY_CHARS
                || colon + 1 < end && chars[colon + 1] != ' ' || !isKeyStart(chars[at])) {
            throw UNSUPPORTED;
        }
        Object key = plainScalars.apply(text.substring(at, colon));
        if (key instanceof Map || key instanceof List || map.containsKey(key)) {
            throw UNSUPPORTED;
        }
        map.put(key, value(indent, skipSpaces(colon + 1, end), true));
    }

    /** A sequence whose dashes are at column {@code indent}, from the current line on. */
    private List<Object> sequence(int indent) {
        enter();
        List<Object> list = new ArrayList<>();
        while (line < count && indents[line] == indent && isItem(starts[line], ends[line])) {
            int end = ends[line];
            int at = skipSpaces(starts[line] + 1, end);
            if (at < end && startsMappingEntry(at, end)) {
                list.add(mapping(indent + at - starts[line], at));
            } else {
                list.add(value(indent, at, false));
            }
        }
        if (line < count && indents[line] > indent) {
            throw UNSUPPORTED;
        }
        depth--;
        return list;
    }

    /**
     * The value that starts at {@code at} on the current line of a node at column {@code indent}, with what follows
     * on later lines when nothing does on this one; moves past it. {@code sameColumnSequence}: a mapping value may
     * be a sequence whose dashes are at the key's column.
     */
    private Object value(int indent, int at, boolean sameColumnSequence) {
        int end = ends[line];
        String anchor = null;
        if (at < end && chars[at] == '&') {
            int nameEnd = nameEnd(at + 1, end);
            anchor = text.substring(at + 1, nameEnd);
            if (anchor.isEmpty() || anchors.containsKey(anchor)) {
                throw UNSUPPORTED;
            }
            at = skipSpaces(nameEnd, end);
        }
        Object value;
        if (at >= end || isCommentAt(at)) {
            line++;
            value = nested(indent, sameColumnSequence);
        } else {
            value = inline(indent, at, end, anchor != null);
            line++;
            if (line < count && indents[line] > indent) {
                throw UNSUPPORTED; // a continued scalar, or a key under a scalar
            }
        }
        if (anchor != null) {
            anchors.put(anchor, value);
        }
        return value;
    }

    /** What the lines after an empty value hold: a more indented node, a same-column sequence, or null. */
    private Object nested(int indent, boolean sameColumnSequence) {
        if (line < count && indents[line] > indent) {
            int child = indents[line];
            return isItem(starts[line], ends[line]) ? sequence(child) : mapping(child, -1);
        }
        if (sameColumnSequence && line < count && indents[line] == indent && isItem(starts[line], ends[line])) {
            return sequence(indent);
        }
        return plainScalars.apply("");
    }

    /**
     * A value that starts on the current line: alias, quoted or plain scalar on the rest of the line, or a flow
     * collection, which may go on over more indented lines (the current line then becomes its last one).
     */
    private Object inline(int indent, int at, int end, boolean anchored) {
        char c = chars[at];
        Object value;
        int after;
        if (c == '*') {
            if (anchored) {
                throw UNSUPPORTED;
            }
            int nameEnd = nameEnd(at + 1, end);
            value = anchors.get(text.substring(at + 1, nameEnd));
            if (nameEnd == at + 1 || value == null && !anchors.containsKey(text.substring(at + 1, nameEnd))
                    || ++aliases > MAX_ALIASES) {
                throw UNSUPPORTED;
            }
            after = nameEnd;
        } else if (c == '[' || c == '{') {
            int[] pos = {at};
            value = flow(pos, indent);
            after = pos[0];
            while (line + 1 < count && starts[line + 1] < after) {
                line++;
            }
            end = ends[line];
        } else if (c == '"' || c == '\'') {
            int[] pos = {at};
            value = quoted(pos, end);
            after = pos[0];
            int next = skipSpaces(after, end);
            if (next < end && chars[next] == ':') {
                throw UNSUPPORTED; // a quoted key
            }
        } else {
            int valueEnd = plainEnd(at, end);
            value = plain(text.substring(at, valueEnd));
            after = valueEnd;
        }
        int rest = skipSpaces(after, end);
        if (rest < end && !(rest > after && chars[rest] == '#')) {
            throw UNSUPPORTED;
        }
        return value;
    }

    /** Where a block plain scalar starting at {@code at} ends (before a comment and trailing spaces). */
    private int plainEnd(int at, int end) {
        char c = chars[at];
        if ("?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0 || c == '-' && (at + 1 >= end || chars[at + 1] == ' ')) {
            throw UNSUPPORTED;
        }
        int last = at;
        for (int i = at; i < end; i++) {
            char d = chars[i];
            if (d == ' ') {
                if (i + 1 < end && chars[i + 1] == '#') {
                    break;
                }
                continue;
            }
            if (d == ':' && (i + 1 >= end || chars[i + 1] == ' ')) {
                throw UNSUPPORTED; // a mapping where a scalar was expected
            }
            last = i + 1;
        }
        return last;
    }

    private Object plain(String value) {
        if (value.equals("<<")) {
            throw UNSUPPORTED;
        }
        return plainScalars.apply(value);
    }

    /**
     * A flow sequence or mapping starting at {@code pos[0]}, whose continuation lines are indented more than
     * {@code indent}; leaves {@code pos[0]} after its closing bracket.
     */
    private Object flow(int[] pos, int indent) {
        enter();
        int end = text.length();
        char open = chars[pos[0]];
        char close = open == '[' ? ']' : '}';
        List<Object> items = open == '[' ? new ArrayList<>() : null;
        Map<Object, Object> pairs = open == '{' ? new LinkedHashMap<>() : null;
        int at = skipFlowSpace(pos[0] + 1, indent);
        if (at < end && chars[at] == close) {
            pos[0] = at + 1;
            depth--;
            return open == '[' ? items : pairs;
        }
        while (true) {
            if (pairs != null) {
                int keyEnd = at;
                while (keyEnd < end && isKeyChar(chars[keyEnd])) {
                    keyEnd++;
                }
                if (keyEnd == at || keyEnd + 1 >= end || chars[keyEnd] != ':' || chars[keyEnd + 1] != ' '
                        || !isKeyStart(chars[at])) {
                    throw UNSUPPORTED;
                }
                Object key = plainScalars.apply(text.substring(at, keyEnd));
                if (key instanceof Map || key instanceof List || pairs.containsKey(key)) {
                    throw UNSUPPORTED;
                }
                int[] valuePos = {skipFlowSpace(keyEnd + 1, indent)};
                pairs.put(key, flowItem(valuePos, indent));
                at = valuePos[0];
            } else {
                int[] itemPos = {at};
                items.add(flowItem(itemPos, indent));
                at = itemPos[0];
            }
            at = skipFlowSpace(at, indent);
            if (at >= end) {
                throw UNSUPPORTED;
            }
            char c = chars[at];
            if (c == close) {
                pos[0] = at + 1;
                depth--;
                return open == '[' ? items : pairs;
            }
            if (c != ',') {
                throw UNSUPPORTED;
            }
            at = skipFlowSpace(at + 1, indent);
            if (at >= end || chars[at] == close || chars[at] == ',') {
                throw UNSUPPORTED; // trailing or doubled commas: left to the full parser
            }
        }
    }

    private Object flowItem(int[] pos, int indent) {
        int end = text.length();
        int at = pos[0];
        if (at >= end) {
            throw UNSUPPORTED;
        }
        char c = chars[at];
        if (c == '[' || c == '{') {
            return flow(pos, indent);
        }
        if (c == '"' || c == '\'') {
            Object value = quoted(pos, end);
            int next = skipFlowSpace(pos[0], indent);
            if (next < end && chars[next] == ':') {
                throw UNSUPPORTED;
            }
            return value;
        }
        if ("?:,[]{}#&*!|>%@`".indexOf(c) >= 0
                || c == '-' && (at + 1 >= end || " ,[]{}".indexOf(chars[at + 1]) >= 0)) {
            throw UNSUPPORTED;
        }
        int last = at;
        int i = at;
        for (; i < end; i++) {
            char d = chars[i];
            if (d == ',' || d == ']' || d == '}' || d == '[' || d == '{' || d == '\n' || d == '\r') {
                break;
            }
            if (d == ' ') {
                if (i + 1 < end && chars[i + 1] == '#') {
                    throw UNSUPPORTED;
                }
                continue;
            }
            if (d == ':' || d == '#' || d == '"' || d == '\'' || d == '?') {
                throw UNSUPPORTED; // '?' ends a flow plain scalar for SnakeYAML, which then refuses the text
            }
            last = i + 1;
        }
        if (i < end && (chars[i] == '[' || chars[i] == '{')) {
            throw UNSUPPORTED;
        }
        pos[0] = last;
        return plain(text.substring(at, last));
    }

    /** A single- or double-quoted scalar closed on its line; leaves {@code pos[0]} after the closing quote. */
    private String quoted(int[] pos, int end) {
        char quote = chars[pos[0]];
        StringBuilder out = null;
        int runStart = pos[0] + 1;
        for (int i = runStart; i < end; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                break;
            }
            if (quote == '\'' && c == '\'') {
                if (i + 1 < end && chars[i + 1] == '\'') {
                    out = append(out, runStart, i + 1);
                    runStart = i + 2;
                    i++;
                    continue;
                }
                pos[0] = i + 1;
                return out == null ? text.substring(runStart, i) : append(out, runStart, i).toString();
            }
            if (quote == '"' && c == '"') {
                pos[0] = i + 1;
                return out == null ? text.substring(runStart, i) : append(out, runStart, i).toString();
            }
            if (quote == '"' && c == '\\') {
                if (i + 1 >= end) {
                    throw UNSUPPORTED;
                }
                char escaped = switch (chars[i + 1]) {
                    case '\\' -> '\\';
                    case '"' -> '"';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> throw UNSUPPORTED;
                };
                out = append(out, runStart, i).append(escaped);
                runStart = i + 2;
                i++;
            }
        }
        throw UNSUPPORTED; // not closed on its line
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw UNSUPPORTED;
        }
    }

    private StringBuilder append(StringBuilder out, int from, int to) {
        return (out == null ? new StringBuilder() : out).append(text, from, to);
    }

    /** Whether the item text at {@code at} is {@code key:} or {@code key: ...} (a mapping inside the item). */
    private boolean startsMappingEntry(int at, int end) {
        if (!isKeyStart(chars[at])) {
            return false;
        }
        int i = at;
        while (i < end && isKeyChar(chars[i])) {
            i++;
        }
        return i < end && chars[i] == ':' && (i + 1 == end || chars[i + 1] == ' ');
    }

    private boolean isItem(int start, int end) {
        return chars[start] == '-' && (start + 1 == end || chars[start + 1] == ' ');
    }

    private boolean isCommentAt(int at) {
        return chars[at] == '#' && chars[at - 1] == ' ';
    }

    private int skipSpaces(int at, int end) {
        while (at < end && chars[at] == ' ') {
            at++;
        }
        return at;
    }

    /**
     * Past spaces, line breaks and comments inside a flow collection; a line it goes on to must be indented more
     * than {@code indent} (blank and comment lines aside).
     */
    private int skipFlowSpace(int at, int indent) {
        int length = text.length();
        while (at < length) {
            char c = chars[at];
            if (c == ' ' || c == '\r') {
                at++; // a CR here is always followed by LF (checked first)
            } else if (c == '\n') {
                int first = at + 1;
                while (first < length && chars[first] == ' ') {
                    first++;
                }
                if (first < length && chars[first] != '\n' && chars[first] != '\r'
                        && chars[first] != '#'
                        && first - at - 1 <= indent) {
                    throw UNSUPPORTED;
                }
                at = first;
            } else if (c == '#' && (chars[at - 1] == ' ' || chars[at - 1] == '\n')) {
                int eol = text.indexOf('\n', at);
                eol = eol > at && chars[eol - 1] == '\r' ? eol - 1 : eol;
                at = eol < 0 ? length : eol;
            } else {
                break;
            }
        }
        return at;
    }

    private int nameEnd(int at, int end) {
        int i = at;
        while (i < end && (isAsciiLetterOrDigit(chars[i]) || chars[i] == '_' || chars[i] == '-')) {
            i++;
        }
        if (i < end && chars[i] != ' ') {
            throw UNSUPPORTED;
        }
        return i;
    }

    /** Keys are kept to plain words: letters, digits and {@code _ . - / $}. */
    private static boolean isKeyChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/' || c == '$';
    }

    private static boolean isKeyStart(char c) {
        return isAsciiLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
