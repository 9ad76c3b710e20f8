package rdresults.api.console;

import java.util.Locale;

/** File sizes for people: {@code 830 B}, {@code 2.4 KB}, {@code 1.3 MB}. */
final class Bytes {

    private Bytes() {
    }

    static String human(Long size) {
        if (size == null) {
            return "\u2013";
        }
        if (size < 1024) {
            return size + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = size;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
