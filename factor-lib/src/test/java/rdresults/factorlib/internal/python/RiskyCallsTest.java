package rdresults.factorlib.internal.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import rdresults.factorlib.SampleRepo;
import rdresults.factorlib.VerifyReport.RiskCategory;

class RiskyCallsTest {

    @Test
    void fixtureFactorsAreClean() throws Exception {
        Path file = SampleRepo.SAMPLE.resolve(
                "git_ignore_folder/RD-Agent_workspace/d60eb3f7fc9547b8b49816699630738a/factor.py");
        assertThat(RiskyCalls.scan(Files.readString(file))).isEmpty();
    }

    @Test
    void flagsFileNetworkProcessAndDynamicCode() {
        String code = String.join("\n",
                "import pandas as pd",
                "import os, subprocess",
                "from urllib.request import urlopen",
                "import re",
                "def calculate_X():",
                "    df = pd.read_hdf('daily_pv.h5', key='data')  # open( in a comment is fine",
                "    s = '# not a comment'; open('/etc/passwd').read()",
                "    os.system('rm -rf /')",
                "    eval(df.columns[0])",
                "    pat = re.compile('x')",
                "    df.eval('a + b')",
                "    df.to_csv('/tmp/x.csv')",
                "    pd.read_hdf('/secrets.h5')",
                "    df.to_hdf('result.h5', key='data')",
                "    __import__('socket')",
                "");
        List<RiskyCalls.Finding> findings = RiskyCalls.scan(code);
        assertThat(findings).extracting(RiskyCalls.Finding::line, RiskyCalls.Finding::category)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2, RiskCategory.IMPORT),
                        org.assertj.core.groups.Tuple.tuple(2, RiskCategory.PROCESS),
                        org.assertj.core.groups.Tuple.tuple(3, RiskCategory.IMPORT),
                        org.assertj.core.groups.Tuple.tuple(3, RiskCategory.NETWORK),
                        org.assertj.core.groups.Tuple.tuple(7, RiskCategory.FILE),
                        org.assertj.core.groups.Tuple.tuple(8, RiskCategory.FILE),
                        org.assertj.core.groups.Tuple.tuple(9, RiskCategory.DYNAMIC_CODE),
                        org.assertj.core.groups.Tuple.tuple(11, RiskCategory.DYNAMIC_CODE),
                        org.assertj.core.groups.Tuple.tuple(12, RiskCategory.FILE),
                        org.assertj.core.groups.Tuple.tuple(13, RiskCategory.FILE),
                        org.assertj.core.groups.Tuple.tuple(15, RiskCategory.DYNAMIC_CODE));
        assertThat(findings).extracting(RiskyCalls.Finding::line).doesNotContain(1, 4, 6, 10, 14);
        assertThat(findings).filteredOn(f -> f.line() == 2 && f.category() == RiskCategory.IMPORT)
                .extracting(RiskyCalls.Finding::call).containsExactlyInAnyOrder("import os", "import subprocess");
    }
}
