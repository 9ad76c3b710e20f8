package rdresults.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderFieldsTest {

    @Test
    void tokensAreLettersDigitsAndTheRfc9110Symbols() {
        assertThat(HeaderFields.isToken("Accept-Encoding")).isTrue();
        assertThat(HeaderFields.isToken("x!#$%&'*+-.^_`|~09azAZ")).isTrue();
        for (String name : List.of("", "X Bad", "X(Bad", "X)", "a:b", "a\"b", "a/b", "a@b", "a[b]", "a{b}", "a=b",
                "a,b", "a;b", "a?b", "a<b>", "a\\b", "a\tb", "a\u0001b", "a\u007fb", "caf\u00e9", "a\u0100b")) {
            assertThat(HeaderFields.isToken(name)).as(name).isFalse();
        }
    }

    @Test
    void controlCharactersAreC0ButHtabAndDel() {
        assertThat(HeaderFields.controlCharacter("a\tb caf\u00e9 \u0080\u00ff")).isEqualTo(-1);
        for (char c = 0; c < 0x20; c++) {
            assertThat(HeaderFields.controlCharacter("ab" + c)).as("0x%02X", (int) c).isEqualTo(c == '\t' ? -1 : 2);
        }
        assertThat(HeaderFields.controlCharacter("\u007f")).isZero();
    }

    @Test
    void theProblemNamesAValidNameButNeverAValueOrAnInvalidName() {
        assertThat(HeaderFields.findProblem(List.of(Map.entry("Host", "h"), Map.entry("X-Ok", "a\tb")))).isEmpty();
        assertThat(HeaderFields.findProblem(List.of(Map.entry("Host", "h"), Map.entry("X-Bad", "secret\r\nx"))))
                .hasValue("the value of header field X-Bad holds a control character (0x0D) at character 7");
        assertThat(HeaderFields.findProblem(List.of(Map.entry("Host", "h"), Map.entry("X(secret", "v"))).orElseThrow())
                .startsWith("the name of header field 2 is not a token").doesNotContain("secret");
    }
}
