package rdresults.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PyYAML's construct_yaml_timestamp followed by Python's {@code str()}: a date gives {@code 2018-08-01}, a datetime
 * {@code 2018-08-01 00:00:00[.ffffff][+HH:MM]}. That is what {@code json.dump(default=str)} writes for them.
 */
final class PyTimestamps {

    private static final Pattern PARTS = Pattern.compile(
            "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)"
            + "(?:(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?"
            + "(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$");

    private PyTimestamps() {
    }

    static String toPythonStr(String scalar) {
        Matcher m = PARTS.matcher(scalar);
        if (!m.matches()) {
            return scalar;
        }
        String date = m.group(1) + "-" + two(m.group(2)) + "-" + two(m.group(3));
        if (m.group(4) == null) {
            return date;
        }
        StringBuilder out = new StringBuilder(date).append(' ')
                .append(two(m.group(4))).append(':').append(m.group(5)).append(':').append(m.group(6));
        String fraction = m.group(7);
        if (fraction != null && !fraction.isEmpty()) {
            String micros = (fraction + "000000").substring(0, 6);
            if (Integer.parseInt(micros) != 0) {
                out.append('.').append(micros);
            }
        }
        if (m.group(8) != null) {
            if (m.group(8).equals("Z")) {
                out.append("+00:00");
            } else {
                String minutes = m.group(11) == null ? "00" : m.group(11);
                out.append(m.group(9)).append(two(m.group(10))).append(':').append(minutes);
            }
        }
        return out.toString();
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
