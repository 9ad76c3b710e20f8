package rdresults.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void sqliteFileAndFoldersAreCreatedWithWalAndABusyTimeout() throws SQLException {
        Path file = tmp.resolve("a/b/consumer.sqlite");
        SyncDatabase db = SyncDatabase.sqlite(file);
        db.migrate();
        assertThat(Files.exists(file)).isTrue();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
                assertThat(rs.getInt(1)).isEqualTo(30000);
            }
        }
    }

    @Test
    void theDialectFollowsTheUrl() {
        assertThat(SyncDatabase.open("jdbc:sqlite:" + tmp.resolve("x.sqlite")).dialect())
                .isEqualTo(SqlDialect.SQLITE);
        assertThat(SyncDatabase.open("jdbc:postgresql://127.0.0.1:5432/test").dialect())
                .isEqualTo(SqlDialect.POSTGRESQL);
    }

    @Test
    void sqliteFileIsThePathOfASqliteUrlOnly() {
        Path file = tmp.resolve("x.sqlite");
        assertThat(SyncDatabase.sqliteFile("jdbc:sqlite:" + file)).contains(file);
        assertThat(SyncDatabase.sqliteFile("jdbc:sqlite:file:" + file + "?journal_mode=WAL")).contains(file);
        assertThat(SyncDatabase.sqliteFile("jdbc:sqlite:rel/x.sqlite"))
                .contains(Path.of("rel/x.sqlite").toAbsolutePath());
        assertThat(SyncDatabase.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
        assertThat(SyncDatabase.sqliteFile("jdbc:postgresql://127.0.0.1:5432/test")).isEmpty();
    }

    @Test
    void unsupportedUrlsAreRefusedWithTheirPasswordMasked() {
        assertThatThrownBy(() -> SyncDatabase.open("jdbc:mysql://db/x?password=secret"))
                .hasMessage("unsupported database URL 'jdbc:mysql://db/x?password=***': use jdbc:sqlite:<file> or"
                        + " jdbc:postgresql://host:port/db");
    }

    @Test
    void failuresNameTheMaskedDatabase() {
        SyncDatabase db = SyncDatabase.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret"
                + "&connectTimeout=1");
        assertThatThrownBy(db::migrate)
                .isInstanceOfSatisfying(SyncDatabaseException.class, e -> {
                    assertThat(e.operation()).isEqualTo("connecting");
                    assertThat(e.database()).isEqualTo("jdbc:postgresql://127.0.0.1:1/none?user=u&password=***"
                            + "&connectTimeout=1");
                })
                .hasMessageStartingWith("connecting failed on jdbc:postgresql://127.0.0.1:1/none?user=u"
                        + "&password=***")
                .hasMessageNotContaining("secret");
    }
}
