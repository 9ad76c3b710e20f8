package rdresults.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"500ms,PT0.5S", "30s,PT30S", "10m,PT10M", "1h,PT1H", "2d,PT48H", "PT10M,PT10M", "pt1h30m,PT1H30M",
        " 10M ,PT10M"})
    void unitsAndIsoAreAccepted(String text, String expected) {
        assertThat(converter.convert(text)).isEqualTo(Duration.parse(expected));
    }

    @Test
    void zeroIsRefused() {
        assertThatThrownBy(() -> converter.convert("PT0S")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'PT0S' is not a positive duration: use e.g. 30s, 10m, 1h or PT10M");
    }
}
