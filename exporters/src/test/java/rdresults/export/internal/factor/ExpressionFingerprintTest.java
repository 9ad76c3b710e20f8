package rdresults.export.internal.factor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionFingerprintTest {

    /** Vectors from CPython: {@code hashlib.md5("".join(e.split()).lower().encode()).hexdigest()}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' Ref($close, 10) /$Close '|c1033d227acc15f2c870891531b237f5",
        "Ref($close,10)/$close|c1033d227acc15f2c870891531b237f5",
        "Ä Résumé|c465abfc684506562b36b79feee573f2",
    })
    void matchesPython(String expression, String md5) {
        assertThat(ExpressionFingerprint.of(expression)).contains(md5);
    }

    @Test
    void removesUnicodeWhitespaceAsPythonSplitDoes() {
        assertThat(ExpressionFingerprint.of("Corr($close,\u3000Log($volume+1),\u00a05)\n"))
                .contains("6750f715decaf482284db761ecf6a4f1");
    }

    @Test
    void blankExpressionHasNoFingerprint() {
        assertThat(ExpressionFingerprint.of(" \t\n")).isEmpty();
        assertThat(ExpressionFingerprint.of(null)).isEmpty();
    }
}
