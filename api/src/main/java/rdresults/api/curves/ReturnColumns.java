package rdresults.api.curves;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/** The columns of Qlib's {@code report_normal} frame, shared by the JSON and the parquet reader. */
final class ReturnColumns {

    static final String DATETIME = "datetime";
    static final String RETURN = "return";
    static final String COST = "cost";
    static final String BENCH = "bench";
    static final String TURNOVER = "turnover";
    static final List<String> VALUES = List.of(RETURN, COST, BENCH, TURNOVER);

    private ReturnColumns() {
    }

    /** An ISO-8601 time as pandas writes it ({@code 2024-07-01T00:00:00.000Z}); without an offset it is UTC. */
    static Instant parseDate(String text, Supplier<CurvesUnavailableException> invalid) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    throw invalid.get();
                }
            }
        }
    }
}
