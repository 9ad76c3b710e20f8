package rdresults.sync.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rdresults.sync.SqlDialect;

/**
 * One versioned schema migration shipped as a classpath resource {@code db/migration/V<n>__<description>.sql},
 * written once for both databases with {@code ${TYPE}} placeholders ({@link SqlType} names).
 */
public record Migration(int version, String description, String resource) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z]+)}");

    /** The migration stored at {@code db/migration/<fileName>}. */
    public static Migration of(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file name must be V<n>__<description>.sql: " + fileName);
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), "db/migration/" + fileName);
    }

    /** The script as shipped. */
    public String text() {
        try (InputStream in = Migration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration resource missing from the sync library: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration resource unreadable: " + resource, e);
        }
    }

    /** SHA-256 of the script as shipped, so an edited migration is detected. */
    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The statements of the script for {@code dialect}: comments dropped, placeholders replaced. */
    public List<String> statements(SqlDialect dialect) {
        StringBuilder sql = new StringBuilder();
        for (String line : text().split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            SqlType type;
            try {
                type = SqlType.valueOf(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": unknown placeholder ${" + m.group(1) + "}", e);
            }
            m.appendReplacement(out, dialect.typeName(type));
        }
        m.appendTail(out);
        List<String> statements = new ArrayList<>();
        for (String s : out.toString().split(";")) {
            if (!s.isBlank()) {
                statements.add(s.strip());
            }
        }
        return statements;
    }
}
