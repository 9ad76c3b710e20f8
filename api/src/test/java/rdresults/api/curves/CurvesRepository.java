package rdresults.api.curves;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import rdresults.model.testing.TestTrees;

/**
 * A copy of the bundled sample whose workspaces hold the return series the curves tests need: the sample's own
 * {@code ret_schema.json} files (written by pandas), one with missing values, one corrupt, and one loop whose
 * workspace has no series at all (as in the sample).
 */
public class CurvesRepository implements QuarkusTestResourceLifecycleManager {

    static final Path ROOT = Path.of("target/test-repo").toAbsolutePath().normalize();
    static final String RUN = "51963583cbd94de8919cae1dea88a8fd";
    /** Loop 7 of this run: the sample's series as pandas wrote it. */
    static final String MODEL_RUN = "7daba6df420346bba2e5206c2d9dd4b5";
    /** The parquet form of loop 2's series (see src/test/resources/parquet/make_fixtures.py). */
    static final String PARQUET_FIXTURE = "/parquet/sample_pandas_snappy.parquet";
    static final String NO_SERIES_RUN = "acb957e44adf4ba493fca15ceb2b3578";

    @Override
    public Map<String, String> start() {
        try {
            TestTrees.copySampleWithExpectedCatalogs(ROOT);
            // loop 0: pandas writes null for a missing value (NaN); loop 1: a file cut short
            Path withGaps = series(0);
            Files.writeString(withGaps, Files.readString(withGaps)
                    .replaceFirst("(\"index\":2,[^}]*\"return\":)[-0-9.eE]+", "$1null")
                    .replaceFirst("(\"index\":5,[^}]*\"bench\":)[-0-9.eE]+", "$1null"));
            // loop 2: only the parquet form, as pandas' to_parquet() wrote this very series
            Path json = series(2);
            try (InputStream parquet = CurvesRepository.class.getResourceAsStream(PARQUET_FIXTURE)) {
                Files.copy(parquet, json.resolveSibling("ret_schema.parquet"));
            }
            Files.delete(json);
            Path corrupt = series(1);
            String text = Files.readString(corrupt);
            Files.writeString(corrupt, text.substring(0, text.length() / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("rdr.repo-root", ROOT.toString());
    }

    /** The ret_schema.json of loop {@code loopId} of {@link #RUN} in the copy. */
    static Path series(int loopId) throws IOException {
        try (var folders = Files.list(ROOT.resolve("git_ignore_folder/RD-Agent_workspace"))) {
            for (Path f : (Iterable<Path>) folders::iterator) {
                Path meta = f.resolve("workspace_meta.json");
                Path file = f.resolve("ret_schema.json");
                if (Files.isRegularFile(file) && Files.isRegularFile(meta)) {
                    String m = Files.readString(meta).replace(" ", "");
                    if (m.contains("\"task_run_id\":\"" + RUN + "\"") && m.contains("\"loop_id\":" + loopId + ",")) {
                        return file;
                    }
                }
            }
        }
        throw new IllegalStateException("the sample has no series for " + RUN + "/" + loopId);
    }

    @Override
    public void stop() {
        // the copy stays under target/ for inspection after a failure
    }
}
