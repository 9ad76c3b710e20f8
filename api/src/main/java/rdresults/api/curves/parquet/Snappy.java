package rdresults.api.curves.parquet;

/**
 * Snappy's raw block format (parquet's SNAPPY codec, no framing), decoded in plain Java: snappy-java would bring a
 * JNI library, which a native image would have to carry for each platform. Every length and offset is checked, so a
 * corrupt page fails with a message instead of reading out of bounds.
 */
final class Snappy {

    private Snappy() {
    }

    static byte[] decompress(byte[] in, int offset, int length, int expectedSize) {
        int end = offset + length;
        int[] pos = {offset};
        long size = varint(in, pos, end);
        if (size != expectedSize) {
            throw corrupt("it declares " + size + " bytes, the page header " + expectedSize);
        }
        byte[] out = new byte[expectedSize];
        int o = 0;
        int p = pos[0];
        while (p < end) {
            int tag = in[p++] & 0xff;
            int kind = tag & 3;
            if (kind == 0) {
                int len = tag >>> 2;
                if (len >= 60) {
                    int bytes = len - 59;
                    if (p + bytes > end) {
                        throw corrupt("a literal's length is cut off");
                    }
                    len = 0;
                    for (int i = 0; i < bytes; i++) {
                        len |= (in[p++] & 0xff) << (8 * i);
                    }
                }
                len += 1;
                if (len <= 0 || len > end - p || len > out.length - o) {
                    throw corrupt("a literal runs past the block");
                }
                System.arraycopy(in, p, out, o, len);
                p += len;
                o += len;
            } else {
                int len;
                int distance;
                if (kind == 1) {
                    if (p + 1 > end) {
                        throw corrupt("a copy is cut off");
                    }
                    len = ((tag >>> 2) & 7) + 4;
                    distance = ((tag & 0xe0) << 3) | (in[p++] & 0xff);
                } else {
                    int bytes = kind == 2 ? 2 : 4;
                    if (p + bytes > end) {
                        throw corrupt("a copy is cut off");
                    }
                    len = (tag >>> 2) + 1;
                    distance = 0;
                    for (int i = 0; i < bytes; i++) {
                        distance |= (in[p++] & 0xff) << (8 * i);
                    }
                }
                if (distance <= 0 || distance > o || len > out.length - o) {
                    throw corrupt("a copy refers outside the block");
                }
                // byte by byte: a copy may overlap the bytes it produces (a run)
                for (int i = 0; i < len; i++, o++) {
                    out[o] = out[o - distance];
                }
            }
        }
        if (o != out.length) {
            throw corrupt("it holds " + o + " bytes, not " + out.length);
        }
        return out;
    }

    private static long varint(byte[] in, int[] pos, int end) {
        long value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos[0] >= end) {
                break;
            }
            int b = in[pos[0]++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw corrupt("its length is not a varint");
    }

    private static ParquetFormatException corrupt(String why) {
        return new ParquetFormatException("corrupt snappy page: " + why);
    }
}
