package rdresults.api.curves.parquet;

/**
 * Parquet's RLE/bit-packing hybrid (definition levels and dictionary indices): runs of one repeated value and groups
 * of eight bit-packed values, least significant bit first.
 */
final class RleBitPackedDecoder {

    private final byte[] bytes;
    private final int end;
    private final int width;
    private int pos;

    RleBitPackedDecoder(byte[] bytes, int from, int to, int width) {
        if (width < 0 || width > 32) {
            throw new ParquetFormatException("corrupt page: a bit width of " + width);
        }
        this.bytes = bytes;
        this.pos = from;
        this.end = to;
        this.width = width;
    }

    /** Fills {@code out[0..n)}. */
    void read(int[] out, int n) {
        int filled = 0;
        while (filled < n) {
            long header = varint();
            if ((header & 1) == 0) {
                long count = header >>> 1;
                int value = (int) littleEndian((width + 7) / 8);
                for (long i = 0; i < count && filled < n; i++) {
                    out[filled++] = value;
                }
            } else {
                long values = (header >>> 1) * 8;
                long groupBytes = (header >>> 1) * width;
                int start = pos;
                for (long i = 0; i < values && filled < n; i++) {
                    out[filled++] = bits(start, i * width);
                }
                // a page's last group may be cut short after its last value
                pos = (int) Math.min(end, start + groupBytes);
            }
        }
    }

    private int bits(int start, long bitOffset) {
        long value = 0;
        for (int b = 0; b < width; b++) {
            long bit = bitOffset + b;
            long at = start + (bit >>> 3);
            if (at >= end) {
                throw truncated();
            }
            value |= (long) ((bytes[(int) at] >>> (bit & 7)) & 1) << b;
        }
        return (int) value;
    }

    private long littleEndian(int n) {
        if (n > end - pos) {
            throw truncated();
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) (bytes[pos++] & 0xff) << (8 * i);
        }
        return v;
    }

    private long varint() {
        long value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos >= end) {
                throw truncated();
            }
            int b = bytes[pos++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new ParquetFormatException("corrupt page: a run header longer than 5 bytes");
    }

    private static ParquetFormatException truncated() {
        return new ParquetFormatException("corrupt page: its levels or indices end early");
    }
}
