package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportWarningsTest {

    @Test
    void buffersMoveTheirWarningsInOrderAndEmptyThemselves() {
        ExportWarnings export = new ExportWarnings();
        ExportWarnings first = ExportWarnings.buffer();
        ExportWarnings second = ExportWarnings.buffer();
        second.warn("c");
        first.warn("a");
        first.warn("b");

        first.moveTo(export);
        second.moveTo(export);

        assertThat(export.count()).isEqualTo(3);
        assertThat(export.examples()).containsExactly("a", "b", "c");
        assertThat(first.count()).isZero();
        assertThat(first.examples()).isEmpty();
    }

    @Test
    void theExportKeepsTwentyExamplesButCountsAll() {
        ExportWarnings export = new ExportWarnings();
        ExportWarnings buffer = ExportWarnings.buffer();
        for (int i = 0; i < 30; i++) {
            buffer.warn("w" + i);
        }
        assertThat(buffer.examples()).hasSize(30);
        buffer.moveTo(export);
        assertThat(export.count()).isEqualTo(30);
        assertThat(export.examples()).hasSize(20).startsWith("w0").endsWith("w19");
    }
}
