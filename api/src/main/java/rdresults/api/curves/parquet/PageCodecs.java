package rdresults.api.curves.parquet;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The page compressions read: UNCOMPRESSED, SNAPPY (pandas' and pyarrow's default), GZIP and ZSTD, all in plain
 * Java (ZSTD through aircompressor, the pure-Java codecs Trino and parquet-java use). Others (LZO, BROTLI, LZ4) are
 * refused by name.
 */
final class PageCodecs {

    private static final String[] NAMES = {"UNCOMPRESSED", "SNAPPY", "GZIP", "LZO", "BROTLI", "LZ4", "ZSTD",
        "LZ4_RAW"};

    private PageCodecs() {
    }

    static void checkSupported(int codec) {
        if (codec != 0 && codec != 1 && codec != 2 && codec != 6) {
            throw new ParquetFormatException("compression " + name(codec) + " is not read; write the file with "
                    + "snappy (the default), gzip, zstd or none");
        }
    }

    static byte[] decompress(int codec, byte[] in, int offset, int length, int size) {
        return switch (codec) {
            case 0 -> {
                if (length != size) {
                    throw new ParquetFormatException("an uncompressed page of " + length + " bytes declares " + size);
                }
                byte[] copy = new byte[size];
                System.arraycopy(in, offset, copy, 0, size);
                yield copy;
            }
            case 1 -> Snappy.decompress(in, offset, length, size);
            case 2 -> gunzip(in, offset, length, size);
            case 6 -> unzstd(in, offset, length, size);
            default -> throw new ParquetFormatException("compression " + name(codec) + " is not read");
        };
    }

    private static byte[] gunzip(byte[] in, int offset, int length, int size) {
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(in, offset, length))) {
            byte[] out = gz.readNBytes(size);
            if (out.length != size || gz.read() != -1) {
                throw new ParquetFormatException("corrupt gzip page: not the declared " + size + " bytes");
            }
            return out;
        } catch (IOException e) {
            throw new ParquetFormatException("corrupt gzip page: " + e.getMessage(), e);
        }
    }

    private static byte[] unzstd(byte[] in, int offset, int length, int size) {
        byte[] out = new byte[size];
        try {
            int n = new ZstdDecompressor().decompress(in, offset, length, out, 0, size);
            if (n != size) {
                throw new ParquetFormatException("corrupt zstd page: " + n + " bytes, not the declared " + size);
            }
            return out;
        } catch (MalformedInputException | IllegalArgumentException e) {
            throw new ParquetFormatException("corrupt zstd page: " + e.getMessage(), e);
        }
    }

    static String name(int codec) {
        return codec >= 0 && codec < NAMES.length ? NAMES[codec] : "codec " + codec;
    }
}
