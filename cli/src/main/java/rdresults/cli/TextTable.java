package rdresults.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plain-text table for humans: left-aligned columns two spaces apart, long values cut to the column's width
 * (paths keep their end), {@code -} for missing values, no trailing spaces.
 */
public final class TextTable<T> {

    private static final String CUT = "...";

    /** One column: its header, widest value shown, and how a row gives its value. */
    public record Column<T>(String header, int maxWidth, boolean keepTail, Function<T, ?> value) {

        public Column {
            if (maxWidth < header.length() || maxWidth <= CUT.length()) {
                throw new IllegalArgumentException("column " + header + " is narrower than its header");
            }
        }
    }

    private final List<Column<T>> columns = new ArrayList<>();

    /** Adds a column whose long values lose their end. */
    public TextTable<T> column(String header, int maxWidth, Function<T, ?> value) {
        columns.add(new Column<>(header, maxWidth, false, value));
        return this;
    }

    /** Adds a column whose long values lose their start (for paths, where the end identifies the file). */
    public TextTable<T> tailColumn(String header, int maxWidth, Function<T, ?> value) {
        columns.add(new Column<>(header, maxWidth, true, value));
        return this;
    }

    /** Prints the header and one line per row. */
    public void print(PrintWriter out, List<T> rows) {
        List<String[]> cells = new ArrayList<>(rows.size() + 1);
        String[] header = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            header[c] = columns.get(c).header();
        }
        cells.add(header);
        for (T row : rows) {
            String[] line = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                line[c] = fit(text(column.value().apply(row)), column);
            }
            cells.add(line);
        }
        int[] widths = new int[columns.size()];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < line.length; c++) {
                sb.append(line[c]);
                if (c < line.length - 1) {
                    sb.append(" ".repeat(widths[c] - line[c].length() + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
        out.flush();
    }

    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        String s = value.toString().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return s.isEmpty() ? "-" : s;
    }

    private static String fit(String value, Column<?> column) {
        int max = column.maxWidth();
        if (value.length() <= max) {
            return value;
        }
        return column.keepTail()
                ? CUT + value.substring(value.length() - (max - CUT.length()))
                : value.substring(0, max - CUT.length()) + CUT;
    }
}
