package rdresults.api.curves.parquet;

/**
 * The fields of parquet-format's {@code PageHeader} (and of its data, data v2 and dictionary page headers) this
 * reader uses. Level lengths are those of a v2 page (0 for other pages); {@code valuesCompressed} is v2's
 * {@code is_compressed} (always true for other pages).
 */
record PageHeader(int type, int uncompressedSize, int compressedSize, int numValues, int encoding,
        int definitionEncoding, int definitionLevelsLength, int repetitionLevelsLength, boolean valuesCompressed) {

    static PageHeader read(ThriftCompact in) {
        int[] f = {-1, -1, -1, 0, -1, -1, 0, 0, 1};
        in.struct((id, type) -> {
            switch (id) {
                case 1 -> f[0] = in.i32();
                case 2 -> f[1] = in.i32();
                case 3 -> f[2] = in.i32();
                case 5 -> in.struct((hid, htype) -> {
                    switch (hid) {
                        case 1 -> f[3] = in.i32();
                        case 2 -> f[4] = in.i32();
                        case 3 -> f[5] = in.i32();
                        default -> in.skip(htype);
                    }
                });
                case 7 -> in.struct((hid, htype) -> {
                    switch (hid) {
                        case 1 -> f[3] = in.i32();
                        case 2 -> f[4] = in.i32();
                        default -> in.skip(htype);
                    }
                });
                case 8 -> in.struct((hid, htype) -> {
                    switch (hid) {
                        case 1 -> f[3] = in.i32();
                        case 4 -> f[4] = in.i32();
                        case 5 -> f[6] = in.i32();
                        case 6 -> f[7] = in.i32();
                        case 7 -> f[8] = htype == ThriftCompact.BOOLEAN_TRUE ? 1 : 0;
                        default -> in.skip(htype);
                    }
                });
                default -> in.skip(type);
            }
        });
        if (f[0] < 0 || f[1] < 0 || f[2] < 0) {
            throw new ParquetFormatException("a page header lacks its type or sizes");
        }
        return new PageHeader(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8] == 1);
    }
}
