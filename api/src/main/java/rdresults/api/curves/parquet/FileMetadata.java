package rdresults.api.curves.parquet;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of parquet's {@code FileMetaData} (parquet-format {@code parquet.thrift}) this reader uses: the flat
 * schema's columns and, per row group, where each column chunk's pages are.
 */
record FileMetadata(long numRows, List<SchemaColumn> columns, List<List<ChunkMeta>> rowGroups) {

    /** Physical types (parquet-format {@code Type}). */
    static final int INT64 = 2;
    static final int DOUBLE = 5;
    /** Repetitions (parquet-format {@code FieldRepetitionType}). */
    static final int REQUIRED = 0;
    static final int OPTIONAL = 1;
    /** Converted types of legacy writers (parquet-format {@code ConvertedType}). */
    private static final int TIMESTAMP_MILLIS = 9;
    private static final int TIMESTAMP_MICROS = 10;

    FileMetadata {
        columns = List.copyOf(columns);
        rowGroups = rowGroups.stream().map(List::copyOf).toList();
    }

    /** A top-level column: its name, physical type, repetition and timestamp unit (NONE unless a timestamp). */
    record SchemaColumn(String name, int type, int repetition, TimeUnit timeUnit) {
    }

    /** Where a column chunk is and how it is encoded. */
    record ChunkMeta(String column, int type, int codec, long numValues, long firstPageOffset, long compressedSize) {
    }

    enum TimeUnit { NONE, MILLIS, MICROS, NANOS }

    static FileMetadata parse(byte[] bytes, int offset, int end) {
        ThriftCompact in = new ThriftCompact(bytes, offset, end);
        List<SchemaColumn> schema = new ArrayList<>();
        List<Integer> children = new ArrayList<>();
        List<List<ChunkMeta>> groups = new ArrayList<>();
        long[] numRows = {-1};
        in.struct((id, type) -> {
            switch (id) {
                case 2 -> in.list(t -> schema.add(schemaElement(in, children)));
                case 3 -> numRows[0] = in.i64();
                case 4 -> in.list(t -> groups.add(rowGroup(in)));
                default -> in.skip(type);
            }
        });
        if (schema.isEmpty() || numRows[0] < 0) {
            throw new ParquetFormatException("the footer has no schema or no row count");
        }
        // element 0 is the root; a flat table has only leaves below it
        for (int i = 1; i < schema.size(); i++) {
            if (children.get(i) > 0) {
                throw new ParquetFormatException("column '" + schema.get(i).name() + "' is nested; only flat tables "
                        + "are read");
            }
        }
        return new FileMetadata(numRows[0], schema.subList(1, schema.size()), groups);
    }

    private static SchemaColumn schemaElement(ThriftCompact in, List<Integer> children) {
        int[] ints = {-1, REQUIRED, 0, -1}; // type, repetition, children, converted type
        String[] name = {""};
        TimeUnit[] unit = {TimeUnit.NONE};
        in.struct((id, type) -> {
            switch (id) {
                case 1 -> ints[0] = in.i32();
                case 3 -> ints[1] = in.i32();
                case 4 -> name[0] = in.string();
                case 5 -> ints[2] = in.i32();
                case 6 -> ints[3] = in.i32();
                case 10 -> unit[0] = logicalTimestampUnit(in);
                default -> in.skip(type);
            }
        });
        children.add(ints[2]);
        TimeUnit timeUnit = unit[0];
        if (timeUnit == TimeUnit.NONE && ints[3] == TIMESTAMP_MILLIS) {
            timeUnit = TimeUnit.MILLIS;
        } else if (timeUnit == TimeUnit.NONE && ints[3] == TIMESTAMP_MICROS) {
            timeUnit = TimeUnit.MICROS;
        }
        return new SchemaColumn(name[0], ints[0], ints[1], timeUnit);
    }

    /** The unit of a {@code LogicalType} union when it is a TIMESTAMP (field 8), else NONE. */
    private static TimeUnit logicalTimestampUnit(ThriftCompact in) {
        TimeUnit[] unit = {TimeUnit.NONE};
        in.struct((id, type) -> {
            if (id == 8) {
                in.struct((tid, ttype) -> {
                    if (tid == 2) {
                        in.struct((uid, utype) -> {
                            unit[0] = switch (uid) {
                                case 1 -> TimeUnit.MILLIS;
                                case 2 -> TimeUnit.MICROS;
                                case 3 -> TimeUnit.NANOS;
                                default -> TimeUnit.NONE;
                            };
                            in.skip(utype);
                        });
                    } else {
                        in.skip(ttype);
                    }
                });
            } else {
                in.skip(type);
            }
        });
        return unit[0];
    }

    private static List<ChunkMeta> rowGroup(ThriftCompact in) {
        List<ChunkMeta> chunks = new ArrayList<>();
        in.struct((id, type) -> {
            if (id == 1) {
                in.list(t -> chunks.add(columnChunk(in)));
            } else {
                in.skip(type);
            }
        });
        return chunks;
    }

    private static ChunkMeta columnChunk(ThriftCompact in) {
        ChunkMeta[] meta = {null};
        boolean[] external = {false};
        in.struct((id, type) -> {
            switch (id) {
                case 1 -> external[0] = !in.string().isEmpty();
                case 3 -> meta[0] = columnMetaData(in);
                default -> in.skip(type);
            }
        });
        if (external[0]) {
            throw new ParquetFormatException("a column chunk lives in another file; only self-contained files are read");
        }
        if (meta[0] == null) {
            throw new ParquetFormatException("a column chunk has no metadata");
        }
        return meta[0];
    }

    private static ChunkMeta columnMetaData(ThriftCompact in) {
        long[] longs = {-1, -1, 0, -1, -1}; // type, codec, num values, data page, dictionary page
        long[] compressed = {0};
        List<String> path = new ArrayList<>();
        in.struct((id, type) -> {
            switch (id) {
                case 1 -> longs[0] = in.i32();
                case 3 -> in.list(t -> path.add(in.string()));
                case 4 -> longs[1] = in.i32();
                case 5 -> longs[2] = in.i64();
                case 7 -> compressed[0] = in.i64();
                case 9 -> longs[3] = in.i64();
                case 11 -> longs[4] = in.i64();
                default -> in.skip(type);
            }
        });
        if (path.size() != 1 || longs[3] < 0) {
            throw new ParquetFormatException("a column chunk has no flat column path or no data page offset");
        }
        // some writers leave the dictionary offset 0 or point the data offset at the dictionary page
        long first = longs[4] > 0 && longs[4] < longs[3] ? longs[4] : longs[3];
        return new ChunkMeta(path.get(0), (int) longs[0], (int) longs[1], longs[2], first, compressed[0]);
    }
}
