package rdresults.api.curves;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The return series file of one workspace folder: {@code ret_schema.json}, else {@code ret_schema.parquet}. */
record CurvesFile(String workspaceId, Path path) {

    static final String JSON = "ret_schema.json";
    static final String PARQUET = "ret_schema.parquet";

    static Optional<CurvesFile> in(String workspaceId, Path folder) {
        for (String name : new String[] {JSON, PARQUET}) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(new CurvesFile(workspaceId, file));
            }
        }
        return Optional.empty();
    }

    String fileName() {
        return path.getFileName().toString();
    }

    boolean isParquet() {
        return fileName().equals(PARQUET);
    }
}
