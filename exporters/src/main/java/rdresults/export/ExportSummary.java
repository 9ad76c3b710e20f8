package rdresults.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** What an export wrote (entries per catalog file, in order) and how many pieces it skipped with a warning. */
public record ExportSummary(Path outDir, Map<String, Integer> entriesPerFile, long warnings,
                            List<String> warningExamples, Duration elapsed) {

    public ExportSummary {
        entriesPerFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entriesPerFile));
        warningExamples = List.copyOf(warningExamples);
    }

    /** One line for the end of a job: {@code exported to DIR: factor_catalog.json 47, ...; 0 warnings (1.2 s)}. */
    public String line() {
        StringJoiner files = new StringJoiner(", ");
        entriesPerFile.forEach((f, n) -> files.add(f + " " + n));
        return String.format(java.util.Locale.ROOT, "exported to %s: %s; %d warning%s (%.1f s)", outDir, files,
                warnings, warnings == 1 ? "" : "s", elapsed.toMillis() / 1000.0);
    }
}
