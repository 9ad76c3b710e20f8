package rdresults.cli.factorlib;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import rdresults.model.LoopKey;

/**
 * Parses {@code --loop TASK_RUN_ID/LOOP_ID} strictly: a task run id (usually 32 hex digits; any text without
 * {@code /} or whitespace is accepted), one slash, a non-negative decimal loop number. Anything else is a usage
 * error naming the option.
 */
final class LoopKeyConverter implements ITypeConverter<LoopKey> {

    private static final Pattern LOOP = Pattern.compile("([^/\\s]+)/(\\d{1,18})");

    @Override
    public LoopKey convert(String value) {
        Matcher m = LOOP.matcher(value);
        if (!m.matches()) {
            throw new TypeConversionException("'" + printable(value) + "' is not a task run id, a slash and a loop "
                    + "number, e.g. 7daba6df420346bba2e5206c2d9dd4b5/4");
        }
        return new LoopKey(m.group(1), Long.parseLong(m.group(2)));
    }

    /** The message echoes user input: keep it on one line and short. */
    private static String printable(String text) {
        String shortened = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
