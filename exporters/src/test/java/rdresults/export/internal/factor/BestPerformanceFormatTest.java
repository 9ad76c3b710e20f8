package rdresults.export.internal.factor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BestPerformanceFormatTest {

    /** Vectors printed by CPython 3.11: {@code f"{x:.2f}"} and {@code f"{x:.2%}"}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.23456|1.23|123.46%",
        "0.125|0.12|12.50%",
        "0.135|0.14|13.50%",
        "0.145|0.14|14.50%",
        "2.675|2.67|267.50%",
        "1.005|1.00|100.50%",
        "-0.001|-0.00|-0.10%",
        "-0.0|-0.00|-0.00%",
        "0.0|0.00|0.00%",
        "0.18345|0.18|18.34%",
        "1e20|100000000000000000000.00|10000000000000000000000.00%",
        "1e-7|0.00|0.00%",
        "-1.2349999|-1.23|-123.50%",
        "5.044385105542973|5.04|504.44%",
        "0.29194393562435417|0.29|29.19%",
        "0.0015|0.00|0.15%",
        "0.00125|0.00|0.12%",
        "0.005|0.01|0.50%",
        "123456.785|123456.79|12345678.50%",
        "NaN|nan|nan%",
        "Infinity|inf|inf%",
        "-Infinity|-inf|-inf%",
        "0.0001499|0.00|0.01%",
        "-4e-05|-0.00|-0.00%",
    })
    void formatsAsPython(String x, String fixed, String percent) {
        DoubleNode value = DoubleNode.valueOf(Double.parseDouble(x));

        assertThat(BestPerformanceFormat.fixed2(value)).isEqualTo(fixed);
        assertThat(BestPerformanceFormat.percent2(value)).isEqualTo(percent);
    }

    @Test
    void integersFormatLikeFloats() {
        assertThat(BestPerformanceFormat.fixed2(IntNode.valueOf(2))).isEqualTo("2.00");
        assertThat(BestPerformanceFormat.percent2(IntNode.valueOf(2))).isEqualTo("200.00%");
    }

    @Test
    void fullTextWithBothMetrics() {
        FactorPerformance p = new FactorPerformance(DoubleNode.valueOf(1.2345), DoubleNode.valueOf(0.18345),
                null, "t", 1L);

        assertThat(BestPerformanceFormat.format(p)).isEqualTo("Sharpe: 1.23, Ann.Ret: 18.34%");
    }

    @Test
    void missingOrTextMetricsPrintAsNotAvailable() {
        FactorPerformance nullSharpe = new FactorPerformance(NullNode.getInstance(), DoubleNode.valueOf(0.18345),
                null, "t", 1L);
        FactorPerformance textReturn = new FactorPerformance(DoubleNode.valueOf(1.5), TextNode.valueOf("abc"),
                null, "t", 1L);

        assertThat(BestPerformanceFormat.format(nullSharpe)).isEqualTo("Sharpe: N/A, Ann.Ret: 18.34%");
        assertThat(BestPerformanceFormat.format(textReturn)).isEqualTo("Sharpe: 1.50, Ann.Ret: N/A");
    }

    @Test
    void noPerformanceIsNoRecord() {
        assertThat(BestPerformanceFormat.format(null)).isEqualTo("无回测记录");
    }
}
