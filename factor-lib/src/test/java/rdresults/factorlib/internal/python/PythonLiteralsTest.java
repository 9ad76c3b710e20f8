package rdresults.factorlib.internal.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.factorlib.Python;

class PythonLiteralsTest {

    /** Text that would end a literal or comment early, or that Python rejects raw in source. */
    private static final String HOSTILE = "a\"b'c\\d\"\"\"e\nf\r\ng\rh\ti\u0000j\u007fk 中文 \uD83D\uDE00 \u2028 end\\";

    @Test
    void splitsLinesKeepingTerminators() {
        assertThat(PythonLiterals.splitKeepingEnds("a\nb\r\nc\rd")).containsExactly("a\n", "b\r\n", "c\r", "d");
        assertThat(PythonLiterals.splitKeepingEnds("a\n")).containsExactly("a\n");
        assertThat(PythonLiterals.splitKeepingEnds("")).isEmpty();
    }

    @Test
    void escapesQuotesBackslashesAndControls() {
        assertThat(PythonLiterals.string("a\"b\\c\nd\u0000")).isEqualTo("\"a\\\"b\\\\c\\nd\\x00\"");
        assertThat(PythonLiterals.string("中")).isEqualTo("\"中\"");
        assertThat(PythonLiterals.string("\uD800x")).isEqualTo("\"\\ud800x\"");
    }

    @Test
    void commentsStayOnOneLine() {
        assertThat(PythonLiterals.comment("x\nimport os\r\ny")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void pythonReadsBackExactlyTheText(@TempDir Path dir) throws Exception {
        Python.assumePython();
        String module = "S = " + PythonLiterals.lines(HOSTILE, "    ") + "\n"
                + "D = " + PythonLiterals.string(HOSTILE) + "\n"
                + "def f():\n    " + PythonLiterals.docstring(List.of("first " + HOSTILE, "", "last"), "    ")
                + "\n    return 1\n"
                + "# " + PythonLiterals.comment(HOSTILE) + "\n";
        Path file = dir.resolve("m.py");
        Files.writeString(file, module, StandardCharsets.UTF_8);
        Path expected = dir.resolve("expected.txt");
        Files.writeString(expected, HOSTILE, StandardCharsets.UTF_8);
        Python.Run r = Python.run(List.of(Python.executable(), "-c", String.join("\n",
                "import importlib.util, inspect, sys",
                "spec = importlib.util.spec_from_file_location('m', sys.argv[1])",
                "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)",
                "want = open(sys.argv[2], encoding='utf-8', newline='').read()",
                "assert m.S == want, (m.S, want)",
                "assert m.D == want",
                "assert m.f.__doc__.startswith('first ' + want), m.f.__doc__",
                "assert [n for n in dir(m) if not n.startswith('__')] == ['D', 'S', 'f'], dir(m)",
                "print('ok')"), file.toString(), expected.toString()), Map.of());
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout().strip()).isEqualTo("ok");
    }
}
