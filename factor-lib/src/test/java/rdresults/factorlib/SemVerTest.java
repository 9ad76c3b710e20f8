package rdresults.factorlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemVerTest {

    @Test
    void parsesStrictSemver() {
        assertThat(SemVer.parse("1.0.7")).isEqualTo(new SemVer(1, 0, 7));
        assertThat(SemVer.parse("0.0.0")).hasToString("0.0.0");
        assertThat(SemVer.parse("10.20.300")).isEqualTo(new SemVer(10, 20, 300));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "01.0.0", "1.00.0", "1.0.0/../x", "../1.0.0", "1.0.0-rc1", "1.0.0+b", " 1.0.0",
            "1.0.0 ", "1.0.0\n", "v1.0.0", "", "1..0", "1.0.0.0", "a.b.c", "1.0.x", "１.0.0", "1.0.0%2F", "1.0.-1",
            "9999999999.0.0", "20251013"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> SemVer.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid version")
                .hasMessageContaining("expected MAJOR.MINOR.PATCH");
        assertThat(SemVer.isValid(text)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> SemVer.parse(null)).isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void messageKeepsUserInputOnOneLine() {
        assertThatThrownBy(() -> SemVer.parse("1.0.0\n../etc"))
                .isInstanceOf(InvalidVersionException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .satisfies(e -> assertThat(((InvalidVersionException) e).text()).isEqualTo("1.0.0\n../etc"));
    }

    @Test
    void bumpsPatchOrMinor() {
        assertThat(SemVer.parse("1.2.3").next(Bump.PATCH)).hasToString("1.2.4");
        assertThat(SemVer.parse("1.2.3").next(Bump.MINOR)).hasToString("1.3.0");
    }

    @Test
    void ordersNumerically() {
        assertThat(SemVer.parse("1.10.0")).isGreaterThan(SemVer.parse("1.9.9"));
        assertThat(SemVer.parse("2.0.0")).isGreaterThan(SemVer.parse("1.99.99"));
        assertThat(SemVer.parse("1.0.10")).isGreaterThan(SemVer.parse("1.0.9"));
    }
}
