package rdresults.factorlib.internal.python;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rdresults.factorlib.VerifyReport.RiskCategory;

/**
 * Lists calls in factor code that reach outside pandas/numpy arithmetic: files, network, processes, dynamic code
 * and imports of other modules. A line-based lexical scan (comments and string contents are not parsed), so it can
 * both over- and under-report: it guides a human audit, it does not prove safety.
 */
public final class RiskyCalls {

    /** One match: 1-based line, the category and the matched call. */
    public record Finding(int line, RiskCategory category, String call, String text) {
    }

    private record Rule(RiskCategory category, Pattern pattern) {
    }

    /** Modules factor code may import without a warning: numeric work only. */
    private static final Set<String> ALLOWED_IMPORTS = Set.of("pandas", "numpy", "math", "cmath", "statistics",
            "decimal", "fractions", "functools", "itertools", "operator", "collections", "typing", "dataclasses",
            "enum", "warnings", "datetime", "re", "scipy", "__future__");

    private static final Pattern IMPORT = Pattern.compile("^\\s*(?:from\\s+([\\w.]+)\\s+import\\b|import\\s+(.+))");

    private static final List<Rule> RULES = List.of(
            rule(RiskCategory.FILE, "\\bopen\\s*\\("),
            rule(RiskCategory.FILE, "\\bos\\.[A-Za-z_]\\w*"),
            rule(RiskCategory.FILE, "\\bshutil\\.[A-Za-z_]\\w*"),
            rule(RiskCategory.FILE, "\\bpathlib\\b|\\bPath\\s*\\("),
            rule(RiskCategory.FILE, "\\bread_(?:csv|pickle|parquet|excel|json|feather|table|sql\\w*|html|xml|fwf|orc|sas"
                    + "|spss|stata|clipboard|gbq)\\s*\\("),
            rule(RiskCategory.FILE, "\\.to_(?:csv|pickle|parquet|excel|json|feather|sql|html|xml|orc|stata|clipboard"
                    + "|gbq)\\s*\\("),
            rule(RiskCategory.FILE, "\\bread_hdf\\s*\\(\\s*(?![\"']daily_pv\\.h5[\"'])"),
            rule(RiskCategory.FILE, "\\.to_hdf\\s*\\(\\s*(?![\"']result\\.h5[\"'])"),
            rule(RiskCategory.FILE, "\\b(?:np|numpy)\\.(?:load|save|savez\\w*|savetxt|loadtxt|fromfile|genfromtxt)\\s*\\("),
            rule(RiskCategory.FILE, "\\.tofile\\s*\\("),
            rule(RiskCategory.NETWORK, "\\b(?:socket|requests|urllib\\d?|http\\.client|httpx|aiohttp|ftplib|smtplib"
                    + "|telnetlib|paramiko)\\b"),
            rule(RiskCategory.PROCESS, "\\b(?:subprocess|multiprocessing|pty)\\b|\\bsys\\.exit\\b"),
            // eval also as pandas' DataFrame.eval/pd.eval; the others only as the builtins (not re.compile)
            rule(RiskCategory.DYNAMIC_CODE, "\\beval\\s*\\(|(?<![\\w.])(?:exec|compile|__import__|globals|locals|vars)"
                    + "\\s*\\("),
            rule(RiskCategory.DYNAMIC_CODE, "\\.query\\s*\\("),
            rule(RiskCategory.DYNAMIC_CODE, "\\b(?:importlib|pickle|marshal|dill|cloudpickle|joblib|ctypes|cffi"
                    + "|builtins)\\b|\\bsys\\.modules\\b"));

    private RiskyCalls() {
    }

    private static Rule rule(RiskCategory category, String regex) {
        return new Rule(category, Pattern.compile(regex));
    }

    public static List<Finding> scan(String source) {
        List<Finding> out = new ArrayList<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String code = withoutComment(lines.get(i));
            if (code.isBlank()) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String module : importedModules(code)) {
                if (!ALLOWED_IMPORTS.contains(module) && seen.add("import " + module)) {
                    out.add(new Finding(i + 1, RiskCategory.IMPORT, "import " + module, lines.get(i).strip()));
                }
            }
            for (Rule r : RULES) {
                Matcher m = r.pattern().matcher(code);
                while (m.find()) {
                    String call = m.group().strip();
                    if (seen.add(r.category() + call)) {
                        out.add(new Finding(i + 1, r.category(), call, lines.get(i).strip()));
                    }
                }
            }
        }
        return out;
    }

    /** Top-level names of the modules an import line brings in. */
    private static List<String> importedModules(String code) {
        Matcher m = IMPORT.matcher(code);
        if (!m.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (m.group(1) != null) {
            out.add(m.group(1).split("\\.")[0]);
        } else {
            for (String part : m.group(2).split(",")) {
                String name = part.strip().split("\\s+")[0];
                if (!name.isEmpty()) {
                    out.add(name.split("\\.")[0]);
                }
            }
        }
        return out;
    }

    /** The line up to a {@code #} that is outside a quoted string. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
