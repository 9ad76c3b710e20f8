package rdresults.export.loop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rdresults.export.WorkspaceFiles;

/**
 * Finds the MLflow run of a workspace ({@code model_run_id}, contract §7): the {@code <run>} of
 * {@code mlruns/<experiment>/<run>/}. Runs are the folders holding a {@code meta.yaml} (or, when none does, a
 * {@code params.pkl} below them); MLflow's own folders ({@code .trash}, {@code models}, experiment {@code tags})
 * are not runs. With several runs the newest wins: the largest {@code end_time}, else {@code start_time}, of its
 * {@code meta.yaml}, deleted runs last; runs without a time, and ties, go by path order, the last one winning.
 */
final class MlflowRuns {

    private static final String ROOT = "mlruns/";
    private static final Set<String> NOT_EXPERIMENTS = Set.of("models", ".trash");

    private MlflowRuns() {
    }

    static Optional<String> latestRunId(WorkspaceFiles files) {
        List<String> candidates = runFolders(files, "meta.yaml");
        boolean fromMeta = !candidates.isEmpty();
        if (!fromMeta) {
            candidates = runFolders(files, "params.pkl");
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String best = candidates.get(candidates.size() - 1);
        if (fromMeta && candidates.size() > 1) {
            Rank bestRank = null;
            for (String run : candidates) {
                Rank rank = rank(files, run);
                if (bestRank == null || rank.compareTo(bestRank) >= 0) {
                    best = run;
                    bestRank = rank;
                }
            }
        }
        return Optional.of(best.substring(best.lastIndexOf('/') + 1));
    }

    /** {@code mlruns/<exp>/<run>} folders that hold {@code marker} (directly, or anywhere below for params.pkl). */
    private static List<String> runFolders(WorkspaceFiles files, String marker) {
        Map<String, Boolean> runs = new LinkedHashMap<>();
        for (String rel : files.recursiveFilesEndingWith("/" + marker)) {
            if (!rel.startsWith(ROOT)) {
                continue;
            }
            String[] parts = rel.substring(ROOT.length()).split("/");
            boolean direct = parts.length == 3;
            if (parts.length < 3 || (marker.equals("meta.yaml") && !direct)) {
                continue;
            }
            String experiment = parts[0];
            String run = parts[1];
            if (NOT_EXPERIMENTS.contains(experiment) || experiment.startsWith(".") || run.equals("tags")) {
                continue;
            }
            runs.put(ROOT + experiment + "/" + run, Boolean.TRUE);
        }
        return new ArrayList<>(runs.keySet());
    }

    private static Rank rank(WorkspaceFiles files, String run) {
        Optional<JsonNode> meta = files.yaml(run + "/meta.yaml");
        if (meta.isEmpty()) {
            return new Rank(false, false, 0);
        }
        JsonNode m = meta.get();
        boolean active = !"deleted".equals(m.path("lifecycle_stage").textValue());
        JsonNode time = m.path("end_time").isNumber() ? m.get("end_time") : m.path("start_time");
        return time.isNumber() ? new Rank(active, true, time.longValue()) : new Rank(active, false, 0);
    }

    private record Rank(boolean active, boolean timed, long millis) implements Comparable<Rank> {
        @Override
        public int compareTo(Rank o) {
            int c = Boolean.compare(active, o.active);
            if (c == 0) {
                c = Boolean.compare(timed, o.timed);
            }
            return c != 0 ? c : Long.compare(millis, o.millis);
        }
    }
}
