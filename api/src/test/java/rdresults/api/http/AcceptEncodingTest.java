package rdresults.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {";", ",", ";;", "gzip;", "gzip;q=", "gzip;q=abc", "gzip;q=2", "=;=", ";q=1", "\t", ""})
    void aMalformedHeaderNeverFailsAndNeverOptsIntoGzipByAccident(String header) {
        boolean gzip = AcceptEncoding.acceptsGzip(List.of(header));
        assertThat(gzip).isIn(true, false);
        if (!header.startsWith("gzip;")) {
            assertThat(gzip).as(header).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gzip|true", "GZIP|true", "x-gzip|true", "gzip;q=0|false", "gzip; q=0.000|false", "gzip;q=0.001|true",
        "gzip;q=1.0|true", "deflate, gzip;q=0.5|true", "identity|false", "br|false", "*|true", "*;q=0|false",
        "gzip;q=0, *|false", "*, gzip;q=0|false", "gzip;q=abc|false", "gzip;level=1;q=0|false"})
    void weightsAreHonoured(String header, boolean expected) {
        assertThat(AcceptEncoding.acceptsGzip(List.of(header))).as(header).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void noHeaderIsNoGzip() {
        assertThat(AcceptEncoding.acceptsGzip(null)).isFalse();
    }
}
