package rdresults.sync.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of an installed {@code rd_factors_lib}, read the way the package resolves its own
 * {@code __version__} (contract §6): {@code ROOT/rd_factors_lib/VERSION}, else a literal
 * {@code __version__ = "..."} in {@code ROOT/rd_factors_lib/__init__.py}. ROOT may also be the package folder.
 */
public final class FactorLibVersion {

    private static final Pattern DUNDER = Pattern.compile("(?m)^__version__\\s*(?::\\s*str\\s*)?=\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern PARTS = Pattern.compile("\\d+|[^\\d.\\-+_]+");

    /** Orders versions part by part, numbers numerically: {@code 1.0.10 > 1.0.9}, {@code 20251015 > 20251013}. */
    public static final Comparator<String> ORDER = FactorLibVersion::compare;

    private FactorLibVersion() {
    }

    /** The installed version, if ROOT holds the package and names a version. */
    public static Optional<String> find(Path root) {
        for (Path pkg : new Path[] {root.resolve("rd_factors_lib"), root}) {
            Path version = pkg.resolve("VERSION");
            if (Files.isRegularFile(version)) {
                String v = read(version).strip();
                if (!v.isEmpty()) {
                    return Optional.of(v);
                }
            }
            Path init = pkg.resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                Matcher m = DUNDER.matcher(read(init));
                if (m.find()) {
                    return Optional.of(m.group(1).strip());
                }
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static int compare(String a, String b) {
        Matcher ma = PARTS.matcher(a);
        Matcher mb = PARTS.matcher(b);
        while (true) {
            boolean ha = ma.find();
            boolean hb = mb.find();
            if (!ha || !hb) {
                return ha ? 1 : hb ? -1 : a.compareTo(b);
            }
            String pa = ma.group();
            String pb = mb.group();
            boolean na = Character.isDigit(pa.charAt(0));
            boolean nb = Character.isDigit(pb.charAt(0));
            int c;
            if (na && nb) {
                c = new java.math.BigInteger(pa).compareTo(new java.math.BigInteger(pb));
            } else if (na != nb) {
                c = na ? 1 : -1; // 1.0.0 > 1.0.0rc1 style: a number beats a label
            } else {
                c = pa.compareTo(pb);
            }
            if (c != 0) {
                return c;
            }
        }
    }
}
