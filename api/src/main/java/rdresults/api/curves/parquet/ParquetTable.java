package rdresults.api.curves.parquet;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rdresults.api.curves.parquet.FileMetadata.ChunkMeta;
import rdresults.api.curves.parquet.FileMetadata.SchemaColumn;
import rdresults.api.curves.parquet.FileMetadata.TimeUnit;

/**
 * A flat parquet file read whole into memory, for the small frames pandas and pyarrow write
 * ({@code df.to_parquet()}): top-level INT64 and DOUBLE columns (timestamps are INT64 with a unit), any number of
 * row groups, data pages v1 and v2, PLAIN and dictionary encodings, optional (nullable) or required columns,
 * uncompressed, SNAPPY, GZIP or ZSTD pages. Anything else (nested or repeated columns, other types, encodings or
 * codecs, encryption) is refused with a {@link ParquetFormatException} that names it; a column is only decoded when
 * asked for. No Hadoop: the format is read from parquet-format's specification.
 */
public final class ParquetTable {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    /** Far more than any daily return series; a footer claiming more is refused before anything is allocated. */
    private static final long MAX_ROWS = 1_000_000;

    /** The kinds of column this reader decodes. */
    public enum Kind { DOUBLE, INT64, TIMESTAMP_MILLIS, TIMESTAMP_MICROS, TIMESTAMP_NANOS, OTHER }

    /** One column's values: raw 64-bit words (a double's bits, a long, a timestamp in its unit); nulls marked. */
    public record Column(String name, Kind kind, long[] words, boolean[] nulls) {
        public double doubleAt(int row) {
            return kind == Kind.DOUBLE ? Double.longBitsToDouble(words[row]) : words[row];
        }
    }

    private final byte[] file;
    private final int footerStart;
    private final FileMetadata metadata;
    private final Map<String, SchemaColumn> columns = new LinkedHashMap<>();

    private ParquetTable(byte[] file, int footerStart, FileMetadata metadata) {
        this.file = file;
        this.footerStart = footerStart;
        this.metadata = metadata;
        metadata.columns().forEach(c -> columns.put(c.name(), c));
    }

    /** Reads the footer of a whole file's bytes. */
    public static ParquetTable of(byte[] file) {
        if (file.length < 12 || !startsWith(file, 0) || !startsWith(file, file.length - 4)) {
            if (file.length >= 4 && new String(file, file.length - 4, 4, StandardCharsets.US_ASCII).equals("PARE")) {
                throw new ParquetFormatException("the file is encrypted");
            }
            throw new ParquetFormatException("not a parquet file (no PAR1 at its start and end)");
        }
        long footerLength = ColumnChunkReader.littleEndian(file, file.length - 8, 4);
        if (footerLength <= 0 || footerLength > file.length - 12L) {
            throw new ParquetFormatException("its footer length " + footerLength + " does not fit the file");
        }
        int footerStart = (int) (file.length - 8 - footerLength);
        FileMetadata metadata = FileMetadata.parse(file, footerStart, file.length - 8);
        if (metadata.numRows() > MAX_ROWS) {
            throw new ParquetFormatException("it has " + metadata.numRows() + " rows; at most " + MAX_ROWS
                    + " are read");
        }
        return new ParquetTable(file, footerStart, metadata);
    }

    public int rows() {
        return (int) metadata.numRows();
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** The named column, decoded; empty when the file has no such column. */
    public Optional<Column> column(String name) {
        SchemaColumn schema = columns.get(name);
        if (schema == null) {
            return Optional.empty();
        }
        Kind kind = kind(schema);
        if (kind == Kind.OTHER) {
            throw new ParquetFormatException("column '" + name + "' has physical type " + schema.type()
                    + "; only INT64, timestamps and DOUBLE are read");
        }
        int rows = rows();
        long[] words = new long[rows];
        boolean[] nulls = new boolean[rows];
        int row = 0;
        for (List<ChunkMeta> group : metadata.rowGroups()) {
            ChunkMeta chunk = group.stream().filter(c -> c.column().equals(name)).findFirst()
                    .orElseThrow(() -> new ParquetFormatException("a row group lacks column '" + name + "'"));
            PageCodecs.checkSupported(chunk.codec());
            row = ColumnChunkReader.read(file, footerStart, chunk, schema.repetition() == FileMetadata.OPTIONAL,
                    words, nulls, row);
        }
        if (row != rows) {
            throw new ParquetFormatException("column '" + name + "' holds " + row + " values for " + rows + " rows");
        }
        return Optional.of(new Column(name, kind, words, nulls));
    }

    private static Kind kind(SchemaColumn c) {
        if (c.repetition() != FileMetadata.REQUIRED && c.repetition() != FileMetadata.OPTIONAL) {
            return Kind.OTHER;
        }
        if (c.type() == FileMetadata.DOUBLE) {
            return Kind.DOUBLE;
        }
        if (c.type() != FileMetadata.INT64) {
            return Kind.OTHER;
        }
        return c.timeUnit() == TimeUnit.MILLIS ? Kind.TIMESTAMP_MILLIS : c.timeUnit() == TimeUnit.MICROS
                ? Kind.TIMESTAMP_MICROS : c.timeUnit() == TimeUnit.NANOS ? Kind.TIMESTAMP_NANOS : Kind.INT64;
    }

    private static boolean startsWith(byte[] file, int at) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (file[at + i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
