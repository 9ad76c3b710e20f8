package rdresults.factorlib.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.internal.Hashes;

class BundleArchiveTest {

    private static Map<String, byte[]> files(boolean reversed) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String[] names = reversed ? new String[] {"b/z.py", "a.txt"} : new String[] {"a.txt", "b/z.py"};
        for (String n : names) {
            files.put(n, ("content of " + n).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void sameContentGivesSameBytesWhateverTheOrderOrTimeZone() {
        SemVer v = SemVer.parse("1.2.3");
        byte[] first = BundleArchive.build(v, files(false));
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            assertThat(BundleArchive.build(v, files(true))).isEqualTo(first);
        } finally {
            TimeZone.setDefault(saved);
        }
        assertThat(Hashes.sha256(BundleArchive.build(v, files(true)))).isEqualTo(Hashes.sha256(first));
    }

    @Test
    void readsBackUnderTheVersionFolder() throws IOException {
        SemVer v = SemVer.parse("1.2.3");
        Map<String, byte[]> back = BundleArchive.read(v, BundleArchive.build(v, files(false)));
        assertThat(back.keySet()).containsExactly("a.txt", "b/z.py");
        assertThat(new String(back.get("b/z.py"), StandardCharsets.UTF_8)).isEqualTo("content of b/z.py");
    }

    @Test
    void rejectsArchiveOfAnotherVersionOrGarbage() {
        byte[] zip = BundleArchive.build(SemVer.parse("1.2.3"), files(false));
        assertThatThrownBy(() -> BundleArchive.read(SemVer.parse("1.2.4"), zip)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> BundleArchive.read(SemVer.parse("1.2.3"), new byte[] {1, 2, 3}))
                .isInstanceOf(IOException.class);
    }
}
