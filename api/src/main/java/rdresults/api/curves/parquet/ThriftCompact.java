package rdresults.api.curves.parquet;

import java.nio.charset.StandardCharsets;

/**
 * Reads Thrift's compact protocol, the encoding of parquet's footer and page headers: structs are walked field by
 * field and each caller reads the fields it knows and {@link #skip}s the rest, so metadata written by newer writers
 * (more fields) still reads.
 */
final class ThriftCompact {

    static final int BOOLEAN_TRUE = 1;
    static final int BOOLEAN_FALSE = 2;
    private static final int BYTE = 3;
    private static final int I16 = 4;
    private static final int I32 = 5;
    private static final int I64 = 6;
    private static final int DOUBLE = 7;
    private static final int BINARY = 8;
    private static final int LIST = 9;
    private static final int SET = 10;
    private static final int MAP = 11;
    private static final int STRUCT = 12;
    /** Deeper nesting than parquet's metadata ever has is a corrupt or hostile file. */
    private static final int MAX_DEPTH = 32;

    /** Receives one field of a struct; it must read the field's value or skip it. */
    interface Field {
        void read(int id, int type);
    }

    /** Receives one element of a list. */
    interface Element {
        void read(int type);
    }

    private final byte[] bytes;
    private int pos;
    private final int end;
    private int depth;

    ThriftCompact(byte[] bytes, int offset, int end) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = end;
    }

    int position() {
        return pos;
    }

    void struct(Field field) {
        if (++depth > MAX_DEPTH) {
            throw new ParquetFormatException("metadata nested deeper than " + MAX_DEPTH + " levels");
        }
        int lastId = 0;
        while (true) {
            int header = u8();
            int type = header & 0x0f;
            if (type == 0) {
                depth--;
                return;
            }
            int delta = header >>> 4;
            int id = delta == 0 ? (short) zigzag(varint()) : lastId + delta;
            lastId = id;
            field.read(id, type);
        }
    }

    void list(Element element) {
        int header = u8();
        long size = header >>> 4;
        if (size == 15) {
            size = varint();
        }
        if (size < 0 || size > end - pos) {
            throw new ParquetFormatException("metadata list of " + size + " elements in " + (end - pos) + " bytes");
        }
        int type = header & 0x0f;
        for (long i = 0; i < size; i++) {
            element.read(type);
        }
    }

    int i32() {
        return (int) zigzag(varint());
    }

    long i64() {
        return zigzag(varint());
    }

    String string() {
        int length = length();
        String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    /** Skips a value of {@code type}. */
    void skip(int type) {
        switch (type) {
            case BOOLEAN_TRUE, BOOLEAN_FALSE -> {
                // a struct field's boolean is its type; nothing follows
            }
            case BYTE -> u8();
            case I16, I32, I64 -> varint();
            case DOUBLE -> advance(8);
            case BINARY -> advance(length());
            case LIST, SET -> list(this::skipElement);
            case MAP -> skipMap();
            case STRUCT -> struct((id, t) -> skip(t));
            default -> throw new ParquetFormatException("unknown thrift type " + type + " in the metadata");
        }
    }

    private void skipElement(int type) {
        // in lists a boolean takes one byte
        if (type == BOOLEAN_TRUE || type == BOOLEAN_FALSE) {
            u8();
        } else {
            skip(type);
        }
    }

    private void skipMap() {
        long size = varint();
        if (size == 0) {
            return;
        }
        int types = u8();
        for (long i = 0; i < size; i++) {
            skipElement(types >>> 4);
            skipElement(types & 0x0f);
        }
    }

    private int length() {
        long length = varint();
        if (length < 0 || length > end - pos) {
            throw new ParquetFormatException("metadata value of " + length + " bytes in " + (end - pos) + " bytes");
        }
        return (int) length;
    }

    private void advance(int n) {
        if (n > end - pos) {
            throw truncated();
        }
        pos += n;
    }

    private int u8() {
        if (pos >= end) {
            throw truncated();
        }
        return bytes[pos++] & 0xff;
    }

    private long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new ParquetFormatException("metadata varint longer than 10 bytes");
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private static ParquetFormatException truncated() {
        return new ParquetFormatException("metadata ends early (truncated file?)");
    }
}
