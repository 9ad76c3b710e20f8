package rdresults.sync.internal.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The values of one synced row, in {@link TableSpec} column order, and the hash of those values. Values are
 * {@link String} (TEXT and JSON text), {@link Long}, {@link Double}, {@link Boolean} or null.
 */
public final class Row {

    private final List<Object> keys;
    private final List<Object> values;
    private final String keyString;
    private final String contentHash;

    private Row(List<Object> keys, List<Object> values) {
        this.keys = Collections.unmodifiableList(new ArrayList<>(keys));
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
        this.keyString = keyString(this.keys);
        this.contentHash = hash(this.keys, this.values);
    }

    /** A row; lists may hold nulls (for values). */
    public static Row of(List<Object> keys, List<Object> values) {
        for (Object k : keys) {
            if (k == null) {
                throw new IllegalArgumentException("key values must not be null");
            }
        }
        return new Row(keys, values);
    }

    /** Convenience for rows built from arrays. */
    public static Row of(Object[] keys, Object[] values) {
        return of(Arrays.asList(keys), Arrays.asList(values));
    }

    public List<Object> keys() {
        return keys;
    }

    public List<Object> values() {
        return values;
    }

    /** The key as one string, equal for equal keys (used to diff against the stored rows). */
    public String keyString() {
        return keyString;
    }

    /** SHA-256 over the key and values; equal hashes mean equal stored content. */
    public String contentHash() {
        return contentHash;
    }

    /** The key string of key values, as {@link #keyString()} gives it. */
    public static String keyString(List<Object> keys) {
        StringBuilder sb = new StringBuilder();
        for (Object k : keys) {
            sb.append(k).append('\u0000');
        }
        return sb.toString();
    }

    private static String hash(List<Object> keys, List<Object> values) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        for (List<Object> list : List.of(keys, values)) {
            for (Object v : list) {
                // a type tag keeps "1" (text) and 1 (number) and null apart; tag and text are hashed as the UTF-8
                // of their concatenation, without building it
                if (v == null) {
                    md.update((byte) 'n');
                } else {
                    md.update((byte) typeTag(v));
                    md.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 0);
            }
            md.update((byte) 1);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static char typeTag(Object v) {
        if (v instanceof String) {
            return 's';
        }
        if (v instanceof Long) {
            return 'i';
        }
        if (v instanceof Double) {
            return 'd';
        }
        if (v instanceof Boolean) {
            return 'b';
        }
        throw new IllegalArgumentException("unsupported row value type " + v.getClass().getName());
    }

    @Override
    public String toString() {
        return "Row" + keys;
    }
}
