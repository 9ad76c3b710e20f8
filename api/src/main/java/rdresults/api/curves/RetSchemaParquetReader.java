package rdresults.api.curves;

import java.nio.file.Path;

/**
 * {@code ret_schema.parquet}: not read yet. No Java parquet reader without Hadoop fits this service today
 * ({@code parquet-hadoop} decompresses through Hadoop's codec interfaces; Hardwood needs Java 21), so a loop whose
 * workspace holds only the parquet form is answered with a 503 that says so, never with a wrong series.
 */
final class RetSchemaParquetReader {

    private RetSchemaParquetReader() {
    }

    static ReturnSeries read(Path file) {
        throw new CurvesUnavailableException(file.getFileName() + " cannot be read by this service yet (only "
                + CurvesFile.JSON + "); export the series with pandas' to_json(orient=\"table\")");
    }
}
