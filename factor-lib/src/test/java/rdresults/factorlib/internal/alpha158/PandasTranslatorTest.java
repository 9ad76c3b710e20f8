package rdresults.factorlib.internal.alpha158;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rdresults.factorlib.InvalidExpressionException;

class PandasTranslatorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "$a+$b*$c ~ (_col(x, \"$a\") + (_col(x, \"$b\") * _col(x, \"$c\")))",
        "($a+$b)*$c ~ ((_col(x, \"$a\") + _col(x, \"$b\")) * _col(x, \"$c\"))",
        "$a-$b-$c ~ ((_col(x, \"$a\") - _col(x, \"$b\")) - _col(x, \"$c\"))",
        "$close>Ref($close, 1) ~ _gt(_col(x, \"$close\"), _ref(_col(x, \"$close\"), 1))",
        "$a>1&$b ~ _gt(_col(x, \"$a\"), _and(1, _col(x, \"$b\")))",
        "$a|$b&$c ~ _or(_col(x, \"$a\"), _and(_col(x, \"$b\"), _col(x, \"$c\")))",
        "-2*$a**2 ~ ((-2) * _power(_col(x, \"$a\"), 2))",
        "Quantile($close, 5, 0.8)/$close ~ (_quantile(_col(x, \"$close\"), 5, 0.8) / _col(x, \"$close\"))",
        "Ref($close, -1) ~ _ref(_col(x, \"$close\"), -1)",
        "If($a>$b, $a, 1e-12) ~ _if(_gt(_col(x, \"$a\"), _col(x, \"$b\")), _col(x, \"$a\"), 1e-12)",
    })
    void keepsPythonsPrecedenceAsQlibEvaluatesIt(String expression, String python) {
        assertThat(PandasTranslator.translate("F", expression)).isEqualTo(python);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Foo($close, 5) | Foo | unknown operator Foo at position 0",
        "Mask($close, 1) | Mask | unknown operator Mask",
        "Mean($close, 0) | Mean | Mean needs an integer window of at least 1, got 0",
        "Std($close, 2.5) | Std | Std needs an integer window of at least 1, got 2.5",
        "Mean($close, $volume) | Mean | got an expression",
        "Quantile($close, 5, 1.5) | Quantile | Quantile needs a quantile between 0 and 1",
        "Corr($close, 5) | Corr | Corr takes 3 arguments, got 2",
        "Abs(5)+$close | Abs | Abs needs an expression where the number 5 is given",
        "Log | Log | operator Log at position 0 is not called",
    })
    void refusesWhatItCannotTranslateNamingTheOperator(String expression, String operator, String message) {
        assertThatThrownBy(() -> PandasTranslator.translate("F", expression))
                .isInstanceOfSatisfying(InvalidExpressionException.class,
                        e -> assertThat(e.operator()).isEqualTo(operator))
                .hasMessageContaining("cannot translate factor F '" + expression + "'")
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$a<$b<$c | chained comparison",
        "-$close | unary '-' on an expression",
        "($close | expected ')' at the end",
        "$close $open | unexpected '$open' at position 7",
        "$close # 1 | unexpected character '#' at position 7",
        "1+2 | no field",
        "'' | empty expression",
    })
    void refusesMalformedExpressions(String expression, String message) {
        String given = expression.equals("''") ? "" : expression;
        assertThatThrownBy(() -> PandasTranslator.translate("F", given))
                .isInstanceOf(InvalidExpressionException.class)
                .hasMessageContaining(message);
    }
}
