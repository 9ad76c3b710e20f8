package rdresults.sync.internal.db;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to print: passwords in the query, the parameters or the authority are masked. */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)((?:password|pwd|sslpassword|sslkeypassword)=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;]+):[^@/?;]*@");

    private JdbcUrls() {
    }

    /** {@code jdbc:postgresql://u:secret@h/db?password=x} → {@code jdbc:postgresql://u:***@h/db?password=***}. */
    public static String mask(String jdbcUrl) {
        String s = PASSWORD_PARAM.matcher(jdbcUrl).replaceAll("$1***");
        return USER_INFO.matcher(s).replaceAll("$1:***@");
    }
}
