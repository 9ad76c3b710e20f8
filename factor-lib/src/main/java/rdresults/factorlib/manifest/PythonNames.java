package rdresults.factorlib.manifest;

import java.util.Set;
import java.util.regex.Pattern;

/** Which names may become Python code: the check the manifest's records apply to the function names they hold. */
final class PythonNames {

    /** Python 3 hard keywords; soft keywords ({@code match}, {@code case}, {@code type}, {@code _}) are legal names. */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private static final Pattern ASCII_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PythonNames() {
    }

    /** Whether {@code s} is an ASCII Python identifier that is not a keyword. */
    static boolean isIdentifier(String s) {
        return s != null && ASCII_IDENTIFIER.matcher(s).matches() && !KEYWORDS.contains(s);
    }
}
