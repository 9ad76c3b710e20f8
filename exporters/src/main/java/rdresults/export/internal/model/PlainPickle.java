package rdresults.export.internal.model;

import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Python pickle that holds plain data only, without executing anything: it walks the opcodes and accepts
 * literals (None, bool, int, float, str, bytes) and containers (list, tuple, dict, set) with marks and the memo.
 * Any opcode that would import, call or build an object (GLOBAL, STACK_GLOBAL, REDUCE, BUILD, INST, OBJ, NEWOBJ,
 * NEWOBJ_EX, PERSID, BINPERSID, EXT1/2/4, out-of-band buffers) ends the walk with "not plain data": nothing is
 * run, and it is not an error.
 *
 * <p>Values: {@code null}, {@link Boolean}, {@link Long} or {@link BigInteger}, {@link Double}, {@link String},
 * {@code byte[]}, {@link List} (list and set), {@link Tuple}, {@link Map} (dict, insertion order).
 */
public final class PlainPickle {

    /** A Python tuple (hashable, unlike a list). */
    public record Tuple(List<Object> items) {
    }

    private static final Object MARK = new Object();

    private final ByteBuffer in;
    private final List<Object> stack = new ArrayList<>();
    private final List<Integer> marks = new ArrayList<>();
    private final Map<Long, Object> memo = new HashMap<>();

    private PlainPickle(byte[] data) {
        this.in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The value pickled in {@code data}, or empty when the pickle builds objects.
     *
     * @throws PickleFormatException the bytes are not a complete, well-formed pickle
     */
    public static Optional<Object> read(byte[] data) {
        try {
            return new PlainPickle(data).run();
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new PickleFormatException("truncated pickle");
        } catch (NumberFormatException e) {
            throw new PickleFormatException("malformed pickle: bad number (" + e.getMessage() + ")");
        }
    }

    private Optional<Object> run() {
        while (true) {
            int op = in.get() & 0xFF;
            switch (op) {
                case 0x80 -> in.get(); // PROTO
                case 0x95 -> in.getLong(); // FRAME: a length hint only
                case '.' -> {
                    if (stack.size() != 1 || !marks.isEmpty()) {
                        throw new PickleFormatException("malformed pickle: STOP with " + stack.size() + " values");
                    }
                    return Optional.ofNullable(pop());
                }
                case 'N' -> push(null);
                case 0x88 -> push(Boolean.TRUE);
                case 0x89 -> push(Boolean.FALSE);
                case 'I' -> push(parseIntLine(line()));
                case 'L' -> push(bigOrLong(new BigInteger(stripSuffix(line(), "L"))));
                case 'J' -> push((long) in.getInt());
                case 'K' -> push((long) (in.get() & 0xFF));
                case 'M' -> push((long) (in.getShort() & 0xFFFF));
                case 0x8a -> push(littleEndianSigned(bytes(in.get() & 0xFF)));
                case 0x8b -> push(littleEndianSigned(bytes(length(in.getInt() & 0xFFFFFFFFL))));
                case 'F' -> push(parseFloat(line()));
                case 'G' -> push(Double.longBitsToDouble(Long.reverseBytes(in.getLong())));
                case 'S' -> push(unquote(line()));
                case 'T' -> push(latin1(bytes(length(in.getInt()))));
                case 'U' -> push(latin1(bytes(in.get() & 0xFF)));
                case 'V' -> push(rawUnicodeEscape(line()));
                case 'X' -> push(utf8(bytes(length(in.getInt() & 0xFFFFFFFFL))));
                case 0x8c -> push(utf8(bytes(in.get() & 0xFF)));
                case 0x8d -> push(utf8(bytes(length(in.getLong()))));
                case 'B' -> push(bytes(length(in.getInt() & 0xFFFFFFFFL)));
                case 'C' -> push(bytes(in.get() & 0xFF));
                case 0x8e, 0x96 -> push(bytes(length(in.getLong())));
                case ']' -> push(new ArrayList<>());
                case 'l' -> push(new ArrayList<>(popMark()));
                case 'a' -> list(peek(1)).add(pop());
                case 'e' -> {
                    List<Object> items = popMark();
                    list(top()).addAll(items);
                }
                case ')' -> push(new Tuple(List.of()));
                case 't' -> push(tuple(popMark()));
                case 0x85 -> push(tuple(popN(1)));
                case 0x86 -> push(tuple(popN(2)));
                case 0x87 -> push(tuple(popN(3)));
                case '}' -> push(new LinkedHashMap<>());
                case 'd' -> push(dict(new LinkedHashMap<>(), popMark()));
                case 's' -> {
                    Object value = pop();
                    Object key = pop();
                    map(top()).put(hashable(key), value);
                }
                case 'u' -> {
                    List<Object> items = popMark();
                    dict(map(top()), items);
                }
                case 0x8f -> push(new ArrayList<>());
                case 0x90 -> {
                    List<Object> items = popMark();
                    list(top()).addAll(items);
                }
                case 0x91 -> push(new ArrayList<>(popMark()));
                case '(' -> {
                    marks.add(stack.size());
                    stack.add(MARK);
                }
                case '0' -> pop();
                case '1' -> popMark();
                case '2' -> push(top());
                case 'p' -> memo.put(Long.parseLong(line().strip()), top());
                case 'q' -> memo.put((long) (in.get() & 0xFF), top());
                case 'r' -> memo.put(in.getInt() & 0xFFFFFFFFL, top());
                case 0x94 -> memo.put((long) memo.size(), top());
                case 'g' -> push(memoGet(Long.parseLong(line().strip())));
                case 'h' -> push(memoGet(in.get() & 0xFF));
                case 'j' -> push(memoGet(in.getInt() & 0xFFFFFFFFL));
                case 'c', 0x93, 'R', 'b', 'i', 'o', 0x81, 0x92, 'P', 'Q', 0x82, 0x83, 0x84, 0x97, 0x98 -> {
                    return Optional.empty();
                }
                default -> throw new PickleFormatException(String.format("not a pickle: unknown opcode 0x%02x at %d",
                        op, in.position() - 1));
            }
        }
    }

    // ---- the stack ----

    private void push(Object value) {
        stack.add(value);
    }

    private Object pop() {
        Object v = stack.remove(stack.size() - 1);
        if (v == MARK) {
            throw new PickleFormatException("malformed pickle: value expected, found a mark");
        }
        return v;
    }

    private Object top() {
        return peek(0);
    }

    private Object peek(int depth) {
        Object v = stack.get(stack.size() - 1 - depth);
        if (v == MARK) {
            throw new PickleFormatException("malformed pickle: value expected, found a mark");
        }
        return v;
    }

    private List<Object> popN(int n) {
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(0, pop());
        }
        return out;
    }

    private List<Object> popMark() {
        if (marks.isEmpty()) {
            throw new PickleFormatException("malformed pickle: no mark");
        }
        int at = marks.remove(marks.size() - 1);
        List<Object> items = new ArrayList<>(stack.subList(at + 1, stack.size()));
        stack.subList(at, stack.size()).clear();
        return items;
    }

    private Object memoGet(long key) {
        if (!memo.containsKey(key)) {
            throw new PickleFormatException("malformed pickle: memo key " + key + " not set");
        }
        return memo.get(key);
    }

    // ---- values ----

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new PickleFormatException("malformed pickle: list expected");
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        throw new PickleFormatException("malformed pickle: dict expected");
    }

    private static Map<Object, Object> dict(Map<Object, Object> target, List<Object> keysAndValues) {
        if (keysAndValues.size() % 2 != 0) {
            throw new PickleFormatException("malformed pickle: odd number of dict items");
        }
        for (int i = 0; i < keysAndValues.size(); i += 2) {
            target.put(hashable(keysAndValues.get(i)), keysAndValues.get(i + 1));
        }
        return target;
    }

    private static Object hashable(Object key) {
        if (key instanceof List<?> || key instanceof Map<?, ?>) {
            throw new PickleFormatException("malformed pickle: unhashable dict key");
        }
        if (key instanceof byte[] b) {
            return new Tuple(List.of("bytes", new BigInteger(1, b)));
        }
        return key;
    }

    private static Tuple tuple(List<Object> items) {
        return new Tuple(Collections.unmodifiableList(new ArrayList<>(items)));
    }

    private byte[] bytes(long n) {
        if (n < 0 || n > in.remaining()) {
            throw new PickleFormatException("truncated pickle");
        }
        byte[] out = new byte[(int) n];
        in.get(out);
        return out;
    }

    private long length(long n) {
        if (n < 0 || n > in.remaining()) {
            throw new PickleFormatException("truncated pickle");
        }
        return n;
    }

    /** A text argument up to the next newline (protocol 0 opcodes), as Latin-1. */
    private String line() {
        int start = in.position();
        for (int i = start; i < in.limit(); i++) {
            if (in.get(i) == '\n') {
                byte[] text = new byte[i - start];
                in.get(text);
                in.get();
                return latin1(text);
            }
        }
        throw new PickleFormatException("truncated pickle");
    }

    private static Object parseIntLine(String text) {
        String t = text.strip();
        if (t.equals("00")) {
            return Boolean.FALSE;
        }
        if (t.equals("01")) {
            return Boolean.TRUE;
        }
        try {
            return bigOrLong(new BigInteger(t));
        } catch (NumberFormatException e) {
            throw new PickleFormatException("malformed pickle: bad INT " + t);
        }
    }

    private static double parseFloat(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new PickleFormatException("malformed pickle: bad FLOAT " + text.strip());
        }
    }

    private static String stripSuffix(String text, String suffix) {
        String t = text.strip();
        String digits = t.endsWith(suffix) ? t.substring(0, t.length() - suffix.length()) : t;
        if (!digits.matches("[-+]?\\d+")) {
            throw new PickleFormatException("malformed pickle: bad LONG " + t);
        }
        return digits;
    }

    private static Object littleEndianSigned(byte[] le) {
        if (le.length == 0) {
            return 0L;
        }
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return bigOrLong(new BigInteger(be));
    }

    private static Object bigOrLong(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** A protocol 0 {@code STRING} argument: a quoted Python literal with backslash escapes. */
    private static String unquote(String text) {
        String t = text.strip();
        if (t.length() < 2 || t.charAt(0) != t.charAt(t.length() - 1) || (t.charAt(0) != '\'' && t.charAt(0) != '"')) {
            throw new PickleFormatException("malformed pickle: bad STRING");
        }
        return unescape(t.substring(1, t.length() - 1), false);
    }

    private static String rawUnicodeEscape(String text) {
        return unescape(text, true);
    }

    /** Python's backslash escapes; with {@code rawUnicode} only {@code \\uXXXX} and {@code \\UXXXXXXXX}. */
    private static String unescape(String s, boolean rawUnicode) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(i + 1);
            int hex = n == 'u' ? 4 : n == 'U' ? 8 : (!rawUnicode && n == 'x') ? 2 : 0;
            if (hex > 0 && i + 2 + hex <= s.length()) {
                try {
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + hex), 16));
                    i += 1 + hex;
                    continue;
                } catch (IllegalArgumentException e) {
                    throw new PickleFormatException("malformed pickle: bad escape");
                }
            }
            if (rawUnicode) {
                out.append(c);
                continue;
            }
            i++;
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case '\\', '\'', '"' -> out.append(n);
                default -> out.append('\\').append(n);
            }
        }
        return out.toString();
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new PickleFormatException("malformed pickle: text is not UTF-8");
        }
    }
}
