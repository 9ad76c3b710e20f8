package rdresults.factorlib.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonNamesTest {

    @Test
    void keywordsAndNonAsciiAreNotIdentifiers() {
        assertThat(PythonNames.isIdentifier("class")).isFalse();
        assertThat(PythonNames.isIdentifier("None")).isFalse();
        assertThat(PythonNames.isIdentifier("1abc")).isFalse();
        assertThat(PythonNames.isIdentifier("a-b")).isFalse();
        assertThat(PythonNames.isIdentifier("match")).isTrue();
        assertThat(PythonNames.isIdentifier("factor_x")).isTrue();
    }
}
