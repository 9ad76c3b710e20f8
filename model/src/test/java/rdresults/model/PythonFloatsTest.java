package rdresults.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rdresults.model.testing.Python3;

class PythonFloatsTest {

    @ParameterizedTest
    @CsvSource({
        "1e-05, 1e-05",
        "100000000.0, 100000000.0",
        "0.1, 0.1",
        "1e16, 1e+16",
        "1e15, 1000000000000000.0",
        "123456789012345678.0, 1.2345678901234568e+17",
        "0.0001, 0.0001",
        "-2.5e-7, -2.5e-07",
        "4.9e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "0.30000000000000004, 0.30000000000000004",
        "2e-3, 0.002",
        "1e22, 1e+22",
        "1e23, 1e+23",
        "9007199254740993.0, 9007199254740992.0",
        "0.0, 0.0",
        "-0.0, -0.0",
        "1.0, 1.0",
        "-12.5, -12.5",
        "5.044385105542973, 5.044385105542973",
        "2e-05, 2e-05",
        "0.00001234, 1.234e-05",
        "2.82879384806159e17, 2.82879384806159e+17",
        "0.3333333333333333, 0.3333333333333333",
        "0.024135534124870524, 0.024135534124870524",
        "-0.11990529266183111, -0.11990529266183111"
    })
    void matchesPythonRepr(double value, String expected) {
        assertThat(PythonFloats.repr(value)).isEqualTo(expected);
    }

    @Test
    void nonFiniteValuesUsePythonSpelling() {
        assertThat(PythonFloats.repr(Double.NaN)).isEqualTo("nan");
        assertThat(PythonFloats.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(PythonFloats.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void matchesRealPythonOnRandomDoubles() {
        SplittableRandom random = new SplittableRandom(7);
        List<Double> values = new ArrayList<>();
        StringBuilder stdin = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            double v = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-8, 20));
                default -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(0, 8));
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            values.add(v);
            stdin.append(Long.toHexString(Double.doubleToRawLongBits(v))).append('\n');
        }
        String out = Python3.run("""
                import sys, struct
                for line in sys.stdin.read().split():
                    print(repr(struct.unpack('>d', int(line, 16).to_bytes(8, 'big'))[0]))
                """, stdin.toString());
        String[] expected = out.split("\n");
        for (int i = 0; i < values.size(); i++) {
            assertThat(PythonFloats.repr(values.get(i))).as("bits %x", Double.doubleToRawLongBits(values.get(i)))
                    .isEqualTo(expected[i]);
        }
    }
}
