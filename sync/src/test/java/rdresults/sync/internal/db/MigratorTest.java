package rdresults.sync.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import rdresults.sync.MigrationException;
import rdresults.sync.SqlDialect;
import rdresults.sync.testing.TestDatabase;
import rdresults.sync.testing.TestDatabases;

class MigratorTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void migratesAnEmptyDatabaseToTheLatestVersion(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            Migrator.Result r = t.db().migrate();
            assertThat(r.fromVersion()).isZero();
            assertThat(r.applied()).containsExactly(1, 2);
            for (String table : List.of("factor_registry", "strategy_registry", "loop_result", "model_registry",
                    "factor_package_version", "sync_state", "sync_lock")) {
                assertThat(t.count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
            assertThat(t.query("SELECT version, description, script FROM schema_version ORDER BY version"))
                    .hasSize(2).first().satisfies(row -> {
                        assertThat(((Number) row.get("version")).intValue()).isEqualTo(1);
                        assertThat(row.get("description")).isEqualTo("consumer schema");
                        assertThat(row.get("script")).isEqualTo("db/migration/V1__consumer_schema.sql");
                    });
            assertThat(t.count("SELECT COUNT(*) FROM factor_registry WHERE implementation_status IS NULL")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void migratingTwiceAppliesNothing(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            Migrator.Result again = t.db().migrate();
            assertThat(again.applied()).isEmpty();
            assertThat(again.fromVersion()).isEqualTo(2);
            assertThat(t.count("SELECT COUNT(*) FROM schema_version")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void anEditedAppliedMigrationIsRefused(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            t.execute("UPDATE schema_version SET checksum = 'edited' WHERE version = 1");
            assertThatThrownBy(() -> t.db().migrate())
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("migration V1 (db/migration/V1__consumer_schema.sql) differs from the script applied"
                            + " to this database; migrations must never be edited");
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aDatabaseNewerThanTheLibraryIsRefused(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            t.execute("INSERT INTO schema_version (version, description, script, checksum, installed_at, "
                    + "execution_ms) SELECT 99, 'future', 'V99', 'x', installed_at, 0 FROM schema_version "
                    + "WHERE version = 1");
            assertThatThrownBy(() -> t.db().migrate())
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.version()).isEqualTo(99))
                    .hasMessage("consumer database has schema version 99, newer than this sync library knows (2);"
                            + " upgrade rdr");
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void concurrentMigrationsApplyEachScriptOnce(SqlDialect dialect) throws Exception {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Migrator.Result>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    results.add(pool.submit(() -> t.db().migrate()));
                }
                int applied = 0;
                for (Future<Migrator.Result> f : results) {
                    applied += f.get().applied().size();
                }
                assertThat(applied).isEqualTo(2);
                assertThat(t.count("SELECT COUNT(*) FROM schema_version")).isEqualTo(2);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void placeholdersBecomeDialectTypes(SqlDialect dialect) {
        List<String> statements = Migrator.MIGRATIONS.get(0).statements(dialect);
        assertThat(String.join("\n", statements)).doesNotContain("${").doesNotContain("--");
        String factors = statements.get(0);
        assertThat(factors).contains(dialect == SqlDialect.POSTGRESQL ? "tags                   JSONB"
                : "tags                   TEXT");
    }
}
