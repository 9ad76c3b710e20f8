package rdresults.factorlib.internal.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PythonIdentifiersTest {

    @ParameterizedTest
    @CsvSource({
            "Volume_Weighted_Momentum_60D, volume_weighted_momentum_60d",
            "PriceVolumeCorr, price_volume_corr",
            "RSI_Like_60D, rsi_like_60d",
            "RSILike, rsi_like",
            "Ma5Ratio, ma5_ratio",
            "ROC60, roc60",
            "KLEN, klen",
            "alpha-158/x y, alpha_158_x_y",
            "__Lead__Trail__, lead_trail",
            "动量_10D, 10d",
    })
    void snakeCases(String name, String expected) {
        assertThat(PythonIdentifiers.snakeCase(name)).isEqualTo(expected);
    }

    @Test
    void funcNamesAreAlwaysValidIdentifiers() {
        for (String name : new String[] {"class", "10D", "动量", "", "def", "None", "a.b", "import os"}) {
            String func = PythonIdentifiers.funcName(name);
            // ASCII letters, digits and _ after factor_: an identifier and never a keyword
            assertThat(func).as(name + " -> " + func).matches("factor_[a-z0-9_]+");
        }
        assertThat(PythonIdentifiers.funcName("动量")).matches("factor_unnamed_[0-9a-f]{8}");
        assertThat(PythonIdentifiers.funcName("动量")).isNotEqualTo(PythonIdentifiers.funcName("收益"));
    }

    @Test
    void collisionsGetNumberedSuffixes() {
        assertThat(PythonIdentifiers.unique("factor_a", Set.of())).isEqualTo("factor_a");
        assertThat(PythonIdentifiers.unique("factor_a", Set.of("factor_a"))).isEqualTo("factor_a_2");
        assertThat(PythonIdentifiers.unique("factor_a", Set.of("factor_a", "factor_a_2"))).isEqualTo("factor_a_3");
    }
}
