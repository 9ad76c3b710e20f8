package rdresults.factorlib.internal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.factorlib.SampleRepo;
import rdresults.factorlib.internal.Hashes;
import rdresults.model.Workspace;

class FactorSourcesTest {

    private static ResolvedWorkspace ws(Path folder, String id) {
        return new ResolvedWorkspace(new Workspace(id, "t", 1L, "sub_workspace", null, null, "success",
                folder.toString(), null, null, null, null, null), folder);
    }

    @Test
    void findsEveryFixtureFactorWholeAndVerbatim() throws Exception {
        Path workspaces = SampleRepo.SAMPLE.resolve("git_ignore_folder/RD-Agent_workspace");
        int found = 0;
        try (var dirs = Files.list(workspaces)) {
            for (Path dir : dirs.toList()) {
                Path file = dir.resolve("factor.py");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String text = Files.readString(file);
                String name = text.lines().filter(l -> l.startsWith("def calculate_")).findFirst().orElseThrow()
                        .replaceAll("def calculate_(\\w+)\\(.*", "$1");
                FactorSource s = FactorSources.scan(List.of(ws(dir, dir.getFileName().toString()))).find(name)
                        .orElseThrow();
                assertThat(s.entry()).isEqualTo("calculate_" + name);
                assertThat(s.text()).isEqualTo(text);
                assertThat(s.text()).contains("if __name__ == \"__main__\":", "result.to_hdf(\"result.h5\"");
                assertThat(s.sha256()).isEqualTo(Hashes.sha256(Files.readAllBytes(file)));
                assertThat(s.file()).isEqualTo("factor.py");
                assertThat(s.workspaceId()).isEqualTo(dir.getFileName().toString());
                found++;
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(20);
    }

    @Test
    void keepsBodiesWithBlankAndCommentLines(@TempDir Path dir) {
        String code = "import pandas as pd\n\n\ndef calculate_X():\n    a = 1\n\n    # a comment\n\n    b = 2\n"
                + "    return a + b\n";
        SampleRepo.write(dir.resolve("factor.py"), code);
        assertThat(FactorSources.scan(List.of(ws(dir, "w"))).find("X").orElseThrow().text()).isEqualTo(code);
    }

    @Test
    void prefersCalculatePrefixThenPlainName(@TempDir Path dir) {
        SampleRepo.write(dir.resolve("a.py"), "def X():\n    pass\n");
        SampleRepo.write(dir.resolve("b.py"), "def calculate_X():\n    pass\n");
        SampleRepo.write(dir.resolve("c.py"), "def Y(df):\n    return df\n");
        FactorSources sources = FactorSources.scan(List.of(ws(dir, "w")));
        assertThat(sources.find("X").orElseThrow().file()).isEqualTo("b.py");
        assertThat(sources.find("Y").orElseThrow().entry()).isEqualTo("Y");
        assertThat(sources.find("Z")).isEmpty();
    }

    @Test
    void matchesTheFactorNameIgnoringCaseWhenNothingMatchesExactly(@TempDir Path dir) {
        SampleRepo.write(dir.resolve("factor.py"), "import pandas as pd\n\n\n"
                + "def calculate_return_skewness_20d(df):\n    return df['$close'].pct_change().rolling(20).skew()\n");
        SampleRepo.write(dir.resolve("other.py"), "def vol_ratio(df):\n    return df\n");
        FactorSources sources = FactorSources.scan(List.of(ws(dir, "w")));

        FactorSource s = sources.find("Return_Skewness_20D").orElseThrow();
        assertThat(s.entry()).isEqualTo("calculate_return_skewness_20d");
        assertThat(s.file()).isEqualTo("factor.py");
        assertThat(sources.find("VOL_Ratio").orElseThrow().entry()).isEqualTo("vol_ratio");
    }

    @Test
    void anExactMatchWinsOverOneThatOnlyDiffersInCase(@TempDir Path dir) {
        SampleRepo.write(dir.resolve("a.py"), "def calculate_mom_5d(df):\n    return df\n");
        SampleRepo.write(dir.resolve("b.py"), "def calculate_Mom_5D(df):\n    return df\n");
        SampleRepo.write(dir.resolve("c.py"), "def Mom_5D(df):\n    return df\n");
        FactorSources sources = FactorSources.scan(List.of(ws(dir, "w")));

        assertThat(sources.find("Mom_5D").orElseThrow().file()).isEqualTo("b.py");
        assertThat(sources.find("mom_5d").orElseThrow().file()).isEqualTo("a.py");
        assertThat(sources.find("MOM_5D").orElseThrow().file()).isEqualTo("a.py");
    }

    @Test
    void ignoresNestedDefinitionsAndSkippedPlaces(@TempDir Path dir) {
        SampleRepo.write(dir.resolve("nested.py"), "class K:\n    def calculate_A(self):\n        pass\n");
        SampleRepo.write(dir.resolve("__init__.py"), "def calculate_B():\n    pass\n");
        SampleRepo.write(dir.resolve("data/x.py"), "def calculate_C():\n    pass\n");
        SampleRepo.write(dir.resolve("mlruns/1/x.py"), "def calculate_D():\n    pass\n");
        SampleRepo.write(dir.resolve("code/metadata/x.py"), "def calculate_E():\n    pass\n");
        FactorSources sources = FactorSources.scan(List.of(ws(dir, "w")));
        assertThat(sources.find("A")).isEmpty();
        assertThat(sources.find("B")).isEmpty();
        assertThat(sources.find("C")).isEmpty();
        assertThat(sources.find("D")).isEmpty();
        // folder names are compared per segment: "metadata" is not "data"
        assertThat(sources.find("E").orElseThrow().file()).isEqualTo("code/metadata/x.py");
    }

    @Test
    void rootFactorPyWinsAndEarlierWorkspacesWin(@TempDir Path dir) {
        Path w1 = dir.resolve("w1");
        Path w2 = dir.resolve("w2");
        SampleRepo.write(w1.resolve("a_first.py"), "def calculate_X():\n    return 1\n");
        SampleRepo.write(w1.resolve("factor.py"), "def calculate_X():\n    return 2\n");
        SampleRepo.write(w2.resolve("factor.py"), "def calculate_X():\n    return 3\n");
        FactorSource s = FactorSources.scan(List.of(ws(w1, "w1"), ws(w2, "w2"))).find("X").orElseThrow();
        assertThat(s.workspaceId()).isEqualTo("w1");
        assertThat(s.file()).isEqualTo("factor.py");
    }

    @Test
    void dropsBomAndSkipsNonUtf8(@TempDir Path dir) throws Exception {
        SampleRepo.write(dir.resolve("factor.py"), "\uFEFFdef calculate_X():\n    pass\n");
        Files.write(dir.resolve("latin.py"), "def calculate_Y():\n    s = '\u00e9'\n".getBytes("ISO-8859-1"));
        FactorSources sources = FactorSources.scan(List.of(ws(dir, "w")));
        assertThat(sources.find("X").orElseThrow().text()).startsWith("def calculate_X");
        assertThat(sources.find("Y")).isEmpty();
    }
}
