package rdresults.api.curves;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rdresults.api.curves.parquet.ParquetFormatException;
import rdresults.api.curves.parquet.ParquetTable;
import rdresults.api.curves.parquet.ParquetTable.Column;

/**
 * Reads {@code ret_schema.parquet}, as pandas' {@code DataFrame.to_parquet()} writes Qlib's report frame: the dates
 * are the {@code datetime} column (pandas stores a named index as a column; an unnamed one is
 * {@code __index_level_0__}), a timestamp in any unit, naive ones taken as UTC as in the JSON form; {@code return} is
 * required, {@code cost}, {@code bench} and {@code turnover} read as NaN when the file lacks them, nulls as NaN.
 */
final class RetSchemaParquetReader {

    private static final String UNNAMED_INDEX = "__index_level_0__";

    private RetSchemaParquetReader() {
    }

    static ReturnSeries read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CurvesUnavailableException.unreadable(file, e);
        }
        try {
            return series(file, ParquetTable.of(bytes));
        } catch (ParquetFormatException e) {
            throw new CurvesUnavailableException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static ReturnSeries series(Path file, ParquetTable table) {
        Column dateColumn = table.column(ReturnColumns.DATETIME).or(() -> table.column(UNNAMED_INDEX))
                .orElseThrow(() -> corrupt(file, "no \"datetime\" column (columns: " + table.columnNames() + ")"));
        int n = table.rows();
        List<Instant> dates = new ArrayList<>(n);
        for (int row = 0; row < n; row++) {
            if (dateColumn.nulls()[row]) {
                throw corrupt(file, "row " + row + " has no \"datetime\"");
            }
            dates.add(instant(file, dateColumn, row));
        }
        ColumnBuilder columns = new ColumnBuilder(n);
        for (String name : ReturnColumns.VALUES) {
            Optional<Column> column = table.column(name);
            if (column.isEmpty() && name.equals(ReturnColumns.RETURN)) {
                throw corrupt(file, "no \"return\" column");
            }
            column.ifPresent(c -> {
                for (int row = 0; row < n; row++) {
                    columns.set(name, row, c.nulls()[row] ? Double.NaN : c.doubleAt(row));
                }
            });
        }
        return columns.build(dates);
    }

    private static Instant instant(Path file, Column dates, int row) {
        long v = dates.words()[row];
        return switch (dates.kind()) {
            case TIMESTAMP_MILLIS -> Instant.ofEpochMilli(v);
            case TIMESTAMP_MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L),
                    Math.floorMod(v, 1_000_000L) * 1000);
            case TIMESTAMP_NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L),
                    Math.floorMod(v, 1_000_000_000L));
            default -> throw corrupt(file, "column \"" + dates.name() + "\" is not a timestamp");
        };
    }

    private static CurvesUnavailableException corrupt(Path file, String why) {
        return new CurvesUnavailableException(file.getFileName() + " is not a return series: " + why);
    }
}
