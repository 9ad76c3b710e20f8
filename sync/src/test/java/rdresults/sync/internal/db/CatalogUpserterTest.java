package rdresults.sync.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import rdresults.model.PythonJson;
import rdresults.sync.SqlDialect;
import rdresults.sync.internal.catalog.PackageVersionRows;
import rdresults.sync.testing.TestDatabase;
import rdresults.sync.testing.TestDatabases;

class CatalogUpserterTest {

    private static final TableSpec SPEC = PackageVersionRows.SPEC;
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-02T00:00:00Z");
    private static final Instant T3 = Instant.parse("2026-01-03T00:00:00Z");

    @TempDir
    Path tmp;

    private static Row version(String v, Long size, String extraJson) {
        return new RowBuilder(SPEC).key("version", v).set("size_bytes", size).set("sha256", "h-" + v)
                .set("extra", extraJson).build();
    }

    private static CatalogUpserter.Counts apply(TestDatabase t, List<Row> rows, Instant now) {
        try (Connection c = t.db().connect()) {
            c.setAutoCommit(false);
            CatalogUpserter.Counts counts = new CatalogUpserter(t.db().dialect(), SPEC).apply(c, rows, now);
            c.commit();
            return counts;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static CatalogUpserter.Counts applyDelta(TestDatabase t, List<Row> rows, List<List<Object>> gone,
            Instant now) {
        try (Connection c = t.db().connect()) {
            c.setAutoCommit(false);
            CatalogUpserter.Counts counts = new CatalogUpserter(t.db().dialect(), SPEC).applyDelta(c, rows, gone, now);
            c.commit();
            return counts;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> row(TestDatabase t, String version) {
        return t.query("SELECT * FROM factor_package_version WHERE version = ?", version).get(0);
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void unchangedRowsAreNotWrittenAgain(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            List<Row> rows = List.of(version("1.0.0", 10L, null), version("1.0.1", 11L, "{\"a\":[1,2]}"));
            assertThat(apply(t, rows, T1)).isEqualTo(new CatalogUpserter.Counts(2, 0, 0, 0));
            Object updatedAt = row(t, "1.0.1").get("updated_at");
            assertThat(apply(t, rows, T2)).isEqualTo(new CatalogUpserter.Counts(0, 0, 0, 2));
            assertThat(row(t, "1.0.1").get("updated_at")).isEqualTo(updatedAt);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void onlyTheChangedRowIsUpdatedAndKeepsItsInsertTime(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            apply(t, List.of(version("1.0.0", 10L, null), version("1.0.1", 11L, null)), T1);
            Object untouched = row(t, "1.0.0").get("updated_at");
            Object inserted = row(t, "1.0.1").get("inserted_at");
            assertThat(apply(t, List.of(version("1.0.0", 10L, null), version("1.0.1", 12L, null)), T2))
                    .isEqualTo(new CatalogUpserter.Counts(0, 1, 0, 1));
            assertThat(row(t, "1.0.0").get("updated_at")).isEqualTo(untouched);
            assertThat(row(t, "1.0.1").get("inserted_at")).isEqualTo(inserted);
            assertThat(row(t, "1.0.1").get("updated_at")).isNotEqualTo(inserted);
            assertThat(((Number) row(t, "1.0.1").get("size_bytes")).longValue()).isEqualTo(12L);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void vanishedRowsAreMarkedDeletedAndRestoredWhenTheyReturn(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            List<Row> both = List.of(version("1.0.0", 10L, null), version("1.0.1", 11L, null));
            apply(t, both, T1);
            assertThat(apply(t, List.of(version("1.0.1", 11L, null)), T2))
                    .isEqualTo(new CatalogUpserter.Counts(0, 0, 1, 1));
            assertThat(row(t, "1.0.0").get("deleted_at")).isNotNull();
            assertThat(t.count("SELECT COUNT(*) FROM factor_package_version")).isEqualTo(2);
            assertThat(apply(t, List.of(version("1.0.1", 11L, null)), T3))
                    .as("a deleted row stays deleted without a write").isEqualTo(new CatalogUpserter.Counts(0, 0, 0, 1));
            assertThat(apply(t, both, T3)).isEqualTo(new CatalogUpserter.Counts(0, 1, 0, 1));
            assertThat(row(t, "1.0.0").get("deleted_at")).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aDeltaWritesItsRowsMarksItsGoneKeysAndLeavesTheRest(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            apply(t, List.of(version("1", 1L, null), version("2", 2L, null), version("3", 3L, null),
                    version("4", 4L, null)), T1);
            apply(t, List.of(version("1", 1L, null), version("2", 2L, null), version("3", 3L, null)), T2);
            Object untouched = row(t, "3").get("updated_at");
            assertThat(applyDelta(t, List.of(version("1", 1L, null), version("2", 20L, null), version("4", 4L, null),
                    version("5", 5L, null)), List.of(List.of("3")), T3))
                    .as("1 unchanged, 2 updated, 4 back, 5 new, 3 gone")
                    .isEqualTo(new CatalogUpserter.Counts(1, 2, 1, 1));
            assertThat(row(t, "3").get("deleted_at")).isNotNull();
            assertThat(row(t, "3").get("updated_at")).isNotEqualTo(untouched);
            assertThat(row(t, "4").get("deleted_at")).isNull();
            assertThat(((Number) row(t, "2").get("size_bytes")).longValue()).isEqualTo(20L);
            Object stays = row(t, "1").get("updated_at");
            assertThat(applyDelta(t, List.of(), List.of(), T3)).as("rows it does not name are unchanged")
                    .isEqualTo(new CatalogUpserter.Counts(0, 0, 0, 4));
            assertThat(applyDelta(t, List.of(), List.of(List.of("3"), List.of("9")), T3))
                    .as("gone keys already deleted or never stored are no writes")
                    .isEqualTo(new CatalogUpserter.Counts(0, 0, 0, 4));
            assertThat(row(t, "1").get("updated_at")).isEqualTo(stays);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aKeyBothChangedAndGoneIsABug(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            assertThatThrownBy(() -> applyDelta(t, List.of(version("1", 1L, null)), List.of(List.of("1")), T1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("factor_package_version: key [1] is both changed and gone");
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void jsonColumnsHoldJson(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            apply(t, List.of(version("2.0.0", null, "{\"files\":[\"a.py\",\"b.py\"],\"ok\":true}")), T1);
            String json = String.valueOf(row(t, "2.0.0").get("extra"));
            assertThat(PythonJson.parse(json, "extra"))
                    .isEqualTo(PythonJson.parse("{\"files\":[\"a.py\",\"b.py\"],\"ok\":true}", "expected"));
            assertThat(row(t, "2.0.0").get("size_bytes")).isNull();
            if (dialect == SqlDialect.POSTGRESQL) {
                assertThat(t.count("SELECT COUNT(*) FROM factor_package_version WHERE extra->>'ok' = 'true'"))
                        .isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void duplicateKeysInOneSnapshotAreABug(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            assertThatThrownBy(() -> apply(t, List.of(version("1", 1L, null), version("1", 2L, null)), T1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("factor_package_version: duplicate key [1]");
        }
    }
}
