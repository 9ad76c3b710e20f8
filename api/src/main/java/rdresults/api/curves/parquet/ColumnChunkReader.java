package rdresults.api.curves.parquet;

import java.util.Arrays;
import rdresults.api.curves.parquet.FileMetadata.ChunkMeta;

/**
 * Decodes one column chunk of 8-byte values (INT64, DOUBLE) into raw 64-bit words: its dictionary page, if any, and
 * its data pages (v1 and v2), with PLAIN or dictionary (PLAIN_DICTIONARY, RLE_DICTIONARY) values and RLE definition
 * levels for optional columns. Any other encoding is refused by name.
 */
final class ColumnChunkReader {

    private static final int DATA_PAGE = 0;
    private static final int DICTIONARY_PAGE = 2;
    private static final int DATA_PAGE_V2 = 3;
    private static final int PLAIN = 0;
    private static final int PLAIN_DICTIONARY = 2;
    private static final int RLE = 3;
    private static final int RLE_DICTIONARY = 8;

    private final byte[] file;
    private final ChunkMeta chunk;
    private final boolean optional;
    private final long[] values;
    private final boolean[] nulls;
    private int row;
    private long[] dictionary;

    private ColumnChunkReader(byte[] file, ChunkMeta chunk, boolean optional, long[] values, boolean[] nulls,
            int firstRow) {
        this.file = file;
        this.chunk = chunk;
        this.optional = optional;
        this.values = values;
        this.nulls = nulls;
        this.row = firstRow;
    }

    /**
     * Reads {@code chunk} into {@code values}/{@code nulls} from {@code firstRow} on, reading no byte at or past
     * {@code limit} (the footer); returns the row after the chunk's last.
     */
    static int read(byte[] file, int limit, ChunkMeta chunk, boolean optional, long[] values, boolean[] nulls,
            int firstRow) {
        ColumnChunkReader reader = new ColumnChunkReader(file, chunk, optional, values, nulls, firstRow);
        reader.readPages(limit);
        return reader.row;
    }

    private void readPages(int limit) {
        long end = chunk.compressedSize() > 0 ? Math.min(limit, chunk.firstPageOffset() + chunk.compressedSize())
                : limit;
        long pos = chunk.firstPageOffset();
        long valuesRead = 0;
        while (valuesRead < chunk.numValues()) {
            if (pos < 4 || pos >= end) {
                throw corrupt("its pages end after " + valuesRead + " of " + chunk.numValues() + " values");
            }
            ThriftCompact in = new ThriftCompact(file, (int) pos, (int) end);
            PageHeader header = PageHeader.read(in);
            int bodyStart = in.position();
            if (header.compressedSize() < 0 || header.compressedSize() > end - bodyStart
                    || header.uncompressedSize() < 0) {
                throw corrupt("a page runs past the column chunk");
            }
            // no allocation larger than the values need: a corrupt or hostile size fails here, not with memory
            if (header.numValues() < 0 || header.numValues() > values.length
                    || header.uncompressedSize() > (long) header.numValues() * 9 + 1024) {
                throw corrupt("a page declares " + header.uncompressedSize() + " bytes for " + header.numValues()
                        + " values");
            }
            switch (header.type()) {
                case DICTIONARY_PAGE -> readDictionary(header, bodyStart);
                case DATA_PAGE -> valuesRead += readDataPageV1(header, bodyStart);
                case DATA_PAGE_V2 -> valuesRead += readDataPageV2(header, bodyStart);
                default -> {
                    // index pages carry nothing this reader needs
                }
            }
            pos = (long) bodyStart + header.compressedSize();
        }
    }

    private void readDictionary(PageHeader header, int bodyStart) {
        if (header.encoding() != PLAIN && header.encoding() != PLAIN_DICTIONARY) {
            throw corrupt("its dictionary page has encoding " + header.encoding());
        }
        byte[] page = PageCodecs.decompress(chunk.codec(), file, bodyStart, header.compressedSize(),
                header.uncompressedSize());
        int n = header.numValues();
        if (n < 0 || (long) n * 8 > page.length) {
            throw corrupt("its dictionary page holds fewer than " + n + " values");
        }
        dictionary = new long[n];
        for (int i = 0; i < n; i++) {
            dictionary[i] = le64(page, i * 8);
        }
    }

    private int readDataPageV1(PageHeader header, int bodyStart) {
        byte[] page = PageCodecs.decompress(chunk.codec(), file, bodyStart, header.compressedSize(),
                header.uncompressedSize());
        int pos = 0;
        int n = header.numValues();
        checkRoom(n);
        boolean[] present = allPresent(n);
        if (optional) {
            if (header.definitionEncoding() != RLE) {
                throw unsupported("definition level encoding " + header.definitionEncoding());
            }
            if (page.length < 4) {
                throw corrupt("a data page is shorter than its level length");
            }
            long length = littleEndian(page, 0, 4);
            if (length < 0 || length > page.length - 4) {
                throw corrupt("a data page's definition levels run past it");
            }
            present = definitionLevels(page, 4, 4 + (int) length, n);
            pos = 4 + (int) length;
        }
        decodeValues(header.encoding(), page, pos, page.length, present);
        return n;
    }

    private int readDataPageV2(PageHeader header, int bodyStart) {
        int n = header.numValues();
        checkRoom(n);
        int levels = header.repetitionLevelsLength() + header.definitionLevelsLength();
        if (header.repetitionLevelsLength() != 0) {
            throw unsupported("repeated values");
        }
        if (levels < 0 || levels > header.compressedSize()) {
            throw corrupt("a data page's levels run past it");
        }
        boolean[] present = optional ? definitionLevels(file, bodyStart, bodyStart + levels, n) : allPresent(n);
        int valuesStart = bodyStart + levels;
        int compressed = header.compressedSize() - levels;
        int size = header.uncompressedSize() - levels;
        byte[] page = header.valuesCompressed() ? PageCodecs.decompress(chunk.codec(), file, valuesStart, compressed,
                size) : PageCodecs.decompress(0, file, valuesStart, compressed, compressed);
        decodeValues(header.encoding(), page, 0, page.length, present);
        return n;
    }

    private boolean[] definitionLevels(byte[] bytes, int from, int to, int n) {
        int[] levels = new int[n];
        new RleBitPackedDecoder(bytes, from, to, 1).read(levels, n);
        boolean[] present = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (levels[i] > 1) {
                throw corrupt("definition level " + levels[i] + " in a flat column");
            }
            present[i] = levels[i] == 1;
        }
        return present;
    }

    private void decodeValues(int encoding, byte[] page, int from, int to, boolean[] present) {
        int nonNull = 0;
        for (boolean p : present) {
            nonNull += p ? 1 : 0;
        }
        long[] decoded = new long[nonNull];
        if (encoding == PLAIN) {
            if ((long) nonNull * 8 > to - from) {
                throw corrupt("a data page holds fewer than its " + nonNull + " values");
            }
            for (int i = 0; i < nonNull; i++) {
                decoded[i] = le64(page, from + i * 8);
            }
        } else if (encoding == PLAIN_DICTIONARY || encoding == RLE_DICTIONARY) {
            if (dictionary == null) {
                throw corrupt("a dictionary-encoded page has no dictionary page before it");
            }
            if (from >= to) {
                throw corrupt("a dictionary-encoded page has no index width");
            }
            int width = page[from] & 0xff;
            int[] indices = new int[nonNull];
            new RleBitPackedDecoder(page, from + 1, to, width).read(indices, nonNull);
            for (int i = 0; i < nonNull; i++) {
                if (indices[i] < 0 || indices[i] >= dictionary.length) {
                    throw corrupt("dictionary index " + indices[i] + " of " + dictionary.length + " entries");
                }
                decoded[i] = dictionary[indices[i]];
            }
        } else {
            throw unsupported("value encoding " + encoding + " (only PLAIN and dictionary encodings are read)");
        }
        int next = 0;
        for (boolean p : present) {
            nulls[row] = !p;
            values[row] = p ? decoded[next++] : 0;
            row++;
        }
    }

    private void checkRoom(int n) {
        if (n < 0 || n > values.length - row) {
            throw corrupt("its pages hold more values than the file's " + values.length + " rows");
        }
    }

    private static boolean[] allPresent(int n) {
        boolean[] present = new boolean[n];
        Arrays.fill(present, true);
        return present;
    }

    private static long le64(byte[] b, int at) {
        return littleEndian(b, at, 8);
    }

    /** The unsigned little-endian number in {@code bytes} bytes at {@code at}. */
    static long littleEndian(byte[] b, int at, int bytes) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v |= (long) (b[at + i] & 0xff) << (8 * i);
        }
        return v;
    }

    private ParquetFormatException corrupt(String why) {
        return new ParquetFormatException("column '" + chunk.column() + "' is corrupt: " + why);
    }

    private ParquetFormatException unsupported(String what) {
        return new ParquetFormatException("column '" + chunk.column() + "' uses " + what + ", which is not read");
    }
}
