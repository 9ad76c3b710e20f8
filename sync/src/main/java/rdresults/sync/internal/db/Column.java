package rdresults.sync.internal.db;

/** One column of a synced table. */
public record Column(String name, SqlType type) {

    public static Column text(String name) {
        return new Column(name, SqlType.TEXT);
    }

    public static Column bigint(String name) {
        return new Column(name, SqlType.BIGINT);
    }

    public static Column real(String name) {
        return new Column(name, SqlType.REAL);
    }

    public static Column bool(String name) {
        return new Column(name, SqlType.BOOLEAN);
    }

    public static Column json(String name) {
        return new Column(name, SqlType.JSON);
    }
}
