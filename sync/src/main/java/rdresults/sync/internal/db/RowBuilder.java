package rdresults.sync.internal.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds a {@link Row} for a {@link TableSpec} by column name; columns never set stay NULL. */
public final class RowBuilder {

    private final TableSpec spec;
    private final Object[] keys;
    private final Object[] values;

    public RowBuilder(TableSpec spec) {
        this.spec = spec;
        this.keys = new Object[spec.keys().size()];
        this.values = new Object[spec.values().size()];
    }

    /** Sets key column {@code name}. */
    public RowBuilder key(String name, Object value) {
        for (int i = 0; i < spec.keys().size(); i++) {
            Column c = spec.keys().get(i);
            if (c.name().equals(name)) {
                keys[i] = checked(c, value);
                return this;
            }
        }
        throw new IllegalArgumentException(spec.table() + " has no key column " + name);
    }

    /** Sets every key column, in {@link TableSpec#keys()} order. */
    public RowBuilder keys(List<Object> values) {
        if (values.size() != keys.length) {
            throw new IllegalArgumentException(spec.table() + " has " + keys.length + " key columns, got "
                    + values.size() + " values");
        }
        for (int i = 0; i < keys.length; i++) {
            keys[i] = checked(spec.keys().get(i), values.get(i));
        }
        return this;
    }

    /** Sets value column {@code name} (null for SQL NULL). */
    public RowBuilder set(String name, Object value) {
        int i = spec.valueIndex(name);
        values[i] = checked(spec.values().get(i), value);
        return this;
    }

    public Row build() {
        List<Object> k = new ArrayList<>(keys.length);
        Collections.addAll(k, keys);
        List<Object> v = new ArrayList<>(values.length);
        Collections.addAll(v, values);
        return Row.of(k, v);
    }

    private Object checked(Column c, Object value) {
        if (value == null) {
            return null;
        }
        Class<?> expected = switch (c.type()) {
            case TEXT, JSON -> String.class;
            case BIGINT -> Long.class;
            case REAL -> Double.class;
            case BOOLEAN -> Boolean.class;
            case TIMESTAMP -> java.time.Instant.class;
        };
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException(spec.table() + "." + c.name() + " takes " + expected.getSimpleName()
                    + ", got " + value.getClass().getSimpleName());
        }
        return value;
    }
}
