package rdresults.sync.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db:5432/aistock?user=app&password=s3cret&ssl=true"
                + "|jdbc:postgresql://db:5432/aistock?user=app&password=***&ssl=true",
        "jdbc:postgresql://app:s3cret@db/aistock|jdbc:postgresql://app:***@db/aistock",
        "jdbc:sqlite:/data/consumer.sqlite|jdbc:sqlite:/data/consumer.sqlite",
        "jdbc:postgresql://db/x?PASSWORD=a;b|jdbc:postgresql://db/x?PASSWORD=***;b"})
    void masksPasswords(String url, String masked) {
        assertThat(JdbcUrls.mask(url)).isEqualTo(masked);
    }
}
