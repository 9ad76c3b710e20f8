package rdresults.sync.internal.catalog;

import java.util.List;
import rdresults.sync.internal.db.Column;
import rdresults.sync.internal.db.Row;
import rdresults.sync.internal.db.RowBuilder;
import rdresults.sync.internal.db.TableSpec;

/**
 * {@code /factor_package/versions} entries → {@code factor_package_version}. The endpoint is not published yet; this
 * reads the shape the catalogs use ({@code {"versions":[{"version":"1.0.8", ...}]}}), maps the fields a package
 * archive is expected to describe, and keeps anything else in {@code extra}.
 */
public final class PackageVersionRows implements EntryMapper {

    public static final TableSpec SPEC = new TableSpec("factor_package_version",
            List.of(Column.text("version")),
            List.of(Column.text("created_at_utc"), Column.text("sha256"), Column.bigint("size_bytes"),
                    Column.bigint("factor_count"), Column.json("extra")));

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Row map(EntryReader e) {
        return new RowBuilder(SPEC).key("version", e.requiredText("version"))
                .set("created_at_utc", e.text("created_at_utc"))
                .set("sha256", e.text("sha256"))
                .set("size_bytes", e.integer("size_bytes"))
                .set("factor_count", e.integer("factor_count"))
                .set("extra", e.extra())
                .build();
    }
}
