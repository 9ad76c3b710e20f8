package rdresults.export.internal.model;

/**
 * A cheap look at a YAML text, before the costly parse, for whether it can hold a mapping key at all. RD-Agent's
 * workspaces hold a dozen YAMLs each (templates and MLflow {@code meta.yaml} files) and the model resolver looks for
 * a few keys ({@code model}, {@code dataset}, {@code feature}) that most of them lack; parsing them all was most of an
 * export's CPU time.
 *
 * <p>The look errs only towards "may hold": a YAML key {@code k} is written as {@code k}, {@code "k"} or
 * {@code 'k'} followed on the same line by optional blanks and {@code :} (PyYAML's simple keys never span lines).
 * Every other way to spell a key answers "may hold": escapes in double quotes (a backslash anywhere), explicit keys
 * ({@code ?} anywhere), and aliases used as keys ({@code *name :}, read as any {@code *} with a {@code :} after it
 * on its line).
 */
final class YamlKeyHints {

    private YamlKeyHints() {
    }

    /** False only when {@code text} certainly has no mapping key named {@code key}. */
    static boolean mayHoldKey(String text, String key) {
        if (text.indexOf('\\') >= 0 || text.indexOf('?') >= 0 || hasAliasKey(text)) {
            return true;
        }
        for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
            int j = i + key.length();
            if (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '\'')) {
                j++;
            }
            if (colonAfterBlanks(text, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a {@code *} (an alias, or part of one) has a {@code :} after it on its line, so may be a key. */
    private static boolean hasAliasKey(String text) {
        for (int i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) {
            for (int j = i + 1; j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r'; j++) {
                if (text.charAt(j) == ':') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean colonAfterBlanks(String text, int from) {
        int j = from;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == ':';
    }

}
