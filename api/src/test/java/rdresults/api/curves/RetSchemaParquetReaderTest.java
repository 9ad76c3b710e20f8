package rdresults.api.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ret_schema.parquet} as pandas and pyarrow write it (files made by {@code src/test/resources/parquet/
 * make_fixtures.py}) reads as the same series as the JSON form of the same frame.
 */
class RetSchemaParquetReaderTest {

    /** The sample's series of run 51963583…, loop 2, which the sample_* parquet files were written from. */
    private static final Path SAMPLE_JSON = Path.of("../examples/sample/git_ignore_folder/RD-Agent_workspace/"
            + "00f1da54cc8446b681a5a9c835461cd9/ret_schema.json");

    private static Path fixture(String name) {
        try {
            return Path.of(RetSchemaParquetReaderTest.class.getResource("/parquet/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameSeries(ReturnSeries actual, ReturnSeries expected) {
        assertThat(actual.dates()).isEqualTo(expected.dates());
        assertThat(actual.returns()).containsExactly(expected.returns());
        assertThat(actual.cost()).containsExactly(expected.cost());
        assertThat(actual.bench()).containsExactly(expected.bench());
        assertThat(actual.turnover()).containsExactly(expected.turnover());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample_pandas_snappy.parquet", "sample_uncompressed_micros.parquet",
        "sample_gzip_plain_millis.parquet", "sample_utc_unnamed_index.parquet"})
    void theSampleSeriesReadsAsItsJsonForm(String file) {
        ReturnSeries json = RetSchemaJsonReader.read(SAMPLE_JSON);
        assertThat(json.size()).isGreaterThan(10);
        assertSameSeries(RetSchemaParquetReader.read(fixture(file)), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"long_zstd_v2.parquet", "long_snappy_v1.parquet"})
    void aLongSeriesInPagesAndRowGroupsWithGapsReadsAsItsJsonForm(String file) {
        ReturnSeries json = RetSchemaJsonReader.read(fixture("long.json"));
        ReturnSeries parquet = RetSchemaParquetReader.read(fixture(file));
        assertThat(parquet.size()).isEqualTo(1000);
        assertSameSeries(parquet, json);
        assertThat(parquet.returns()[5]).isNaN();
        assertThat(parquet.bench()[17]).isNaN();
        assertThat(parquet.turnover()[999]).isNaN();
    }

    @Test
    void anUnsupportedCompressionIsNamed() {
        assertThatThrownBy(() -> RetSchemaParquetReader.read(fixture("sample_lz4.parquet")))
                .isInstanceOf(CurvesUnavailableException.class)
                .hasMessage("sample_lz4.parquet cannot be read: compression LZ4_RAW is not read; write the file with "
                        + "snappy (the default), gzip, zstd or none");
    }

    @Test
    void aTruncatedFileIsUnavailable(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(fixture("sample_pandas_snappy.parquet"));
        Path file = dir.resolve("ret_schema.parquet");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> RetSchemaParquetReader.read(file))
                .isInstanceOf(CurvesUnavailableException.class)
                .hasMessage("ret_schema.parquet cannot be read: not a parquet file (no PAR1 at its start and end)");
    }

    @Test
    void corruptPagesAreUnavailableNotACrash(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(fixture("sample_pandas_snappy.parquet"));
        Path file = dir.resolve("ret_schema.parquet");
        // each byte in turn (pages and footer) flipped: a clear refusal or a series, never another exception
        for (int at = 0; at < whole.length; at++) {
            byte[] bytes = whole.clone();
            bytes[at] = (byte) (bytes[at] ^ 0x5a);
            Files.write(file, bytes);
            try {
                RetSchemaParquetReader.read(file);
            } catch (CurvesUnavailableException e) {
                assertThat(e.getMessage()).startsWith("ret_schema.parquet ");
            }
        }
    }

    @Test
    void aFileWithoutDatesIsNotAReturnSeries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ret_schema.parquet");
        Files.writeString(file, "not parquet at all");
        assertThatThrownBy(() -> RetSchemaParquetReader.read(file))
                .isInstanceOf(CurvesUnavailableException.class)
                .hasMessageContaining("not a parquet file");
    }
}
