package rdresults.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rdresults.model.testing.Python3;

class Uuid5Test {

    @ParameterizedTest
    @CsvSource(delimiter = '\t', textBlock = """
            7b6b2c6c-0b4d-4e2c-9b7f-3b1b9b4f3a11	{"action": "model", "scenario": "", "step_name": "running", "templates": ["a.yaml", "mlruns/1/meta.yaml"]}	89d216ed425d54f8bc08b8914871322d
            3e36bb8a-2a9b-4c56-8f50-6312f0d89c42	t|w|report|qlib_report	97bdaea0897550d3acae64133b2ce2fa
            a8a6a7de-c8c7-4f3e-9f5a-3c4b7d3e2b11	因子/名	d5168905eccc55b8b840aa548d476242
            """)
    void matchesPythonVectors(String namespace, String name, String expected) {
        assertThat(Uuid5.hex(UUID.fromString(namespace), name)).isEqualTo(expected);
    }

    @Test
    void hexAndUuidAgree() {
        UUID uuid = Uuid5.uuid(Uuid5.ARTIFACT_NAMESPACE, "a|b");
        assertThat(uuid.version()).isEqualTo(5);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.toString().replace("-", "")).isEqualTo(Uuid5.hex(Uuid5.ARTIFACT_NAMESPACE, "a|b"));
    }

    @Test
    void matchesRealPythonOnRandomNames() {
        SplittableRandom random = new SplittableRandom(42);
        List<String> names = new ArrayList<>();
        StringBuilder stdin = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            String name = randomName(random);
            names.add(name);
            stdin.append(name).append('\n');
        }
        String out = Python3.run("""
                import sys, uuid
                ns = uuid.UUID('3e36bb8a-2a9b-4c56-8f50-6312f0d89c42')
                for line in sys.stdin.read().split('\\n')[:-1]:
                    print(uuid.uuid5(ns, line).hex)
                """, stdin.toString());
        String[] expected = out.split("\n");
        for (int i = 0; i < names.size(); i++) {
            assertThat(Uuid5.hex(Uuid5.ARTIFACT_NAMESPACE, names.get(i))).as(names.get(i)).isEqualTo(expected[i]);
        }
    }

    private static String randomName(SplittableRandom random) {
        String alphabet = "abcXYZ019|/_- 因子名é😀";
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(0, 40);
        for (int i = 0; i < length; i++) {
            int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0,
                    alphabet.length()))));
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
