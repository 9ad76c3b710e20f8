package rdresults.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In child JVMs: the driver's system properties hold for a whole process, and this one has loaded the driver. */
class SqliteNativeLibraryTest {

    @TempDir
    Path tmp;

    /** A process that uses the cache, opens a database and prints where the library came from. */
    public static void main(String[] args) throws SQLException {
        SqliteNativeLibrary.loadFrom(Path.of(args[0]));
        String properties = System.getProperty("org.sqlite.lib.path") + " " + System.getProperty("org.sqlite.lib.name");
        try (Connection c = SyncDatabase.sqlite(Path.of(args[1])).connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            System.out.println(properties + " " + rs.getString(1) + " " + loadedLibrary());
        }
    }

    /** The library file the process mapped, where Linux tells ({@code /proc/self/maps}); else "unknown". */
    private static String loadedLibrary() {
        try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
            return maps.filter(l -> l.contains("sqlitejdbc")).map(l -> l.substring(l.indexOf('/')))
                    .findFirst().orElse("none");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private String child(Path cache, Path javaTmp) throws IOException, InterruptedException {
        Path out = tmp.resolve("out.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + javaTmp, "-cp", System.getProperty("java.class.path"),
                SqliteNativeLibraryTest.class.getName(), cache.toString(), tmp.resolve("db.sqlite").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8).trim();
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }

    @Test
    void theLibraryIsExtractedOnceAndLoadedFromTheCacheAfterwards() throws Exception {
        Path cache = tmp.resolve("cache");
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));

        String first = child(cache, javaTmp);

        List<Path> dirs;
        try (Stream<Path> list = Files.list(cache)) {
            dirs = list.toList();
        }
        assertThat(dirs).singleElement().satisfies(d -> assertThat(d.getFileName().toString())
                .startsWith("sqlite-jdbc-"));
        assertThat(first).as("the driver's properties are cleared once it loaded the library")
                .startsWith("null null 3.");
        String loaded = first.substring(first.lastIndexOf(' ') + 1);
        if (!loaded.equals("unknown")) {
            assertThat(Path.of(loaded).getParent()).isEqualTo(dirs.get(0));
        }
        Path library;
        try (Stream<Path> list = Files.list(dirs.get(0))) {
            library = list.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        FileTime extracted = Files.getLastModifiedTime(library);

        assertThat(child(cache, javaTmp)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(library)).as("not extracted again").isEqualTo(extracted);
    }

    @Test
    void anUnusableCacheLeavesTheDriverToItsOwnExtraction() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));

        String out = child(notADirectory, javaTmp);
        assertThat(out).startsWith("null null 3.");
        String loaded = out.substring(out.lastIndexOf(' ') + 1);
        if (!loaded.equals("unknown")) {
            assertThat(Path.of(loaded).getParent()).as("extracted by the driver").isEqualTo(javaTmp);
        }
    }
}
