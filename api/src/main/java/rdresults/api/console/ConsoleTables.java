package rdresults.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import rdresults.model.Loop;
import rdresults.model.LoopKey;

/**
 * The rows of the three library tables, built from the catalogs (and the registry's loop times) once per catalog
 * generation, so a table request only filters, sorts and pages rows already in memory.
 */
public record ConsoleTables(List<FactorRow> factors, List<LoopRow> loops, List<StrategyRow> strategies,
                            Map<String, RunCounts> runs) {

    /** A task run's loops in the registry: all of them, and those with a result. */
    public record RunCounts(long loops, long withResult) {
    }

    public ConsoleTables {
        factors = List.copyOf(factors);
        loops = List.copyOf(loops);
        strategies = List.copyOf(strategies);
        runs = Map.copyOf(runs);
    }

    static ConsoleTables build(Stream<JsonNode> factorEntries, Stream<JsonNode> loopEntries,
                               Stream<JsonNode> strategyEntries, Map<LoopKey, Loop> registryLoops,
                               Map<LoopKey, Integer> missingArtifacts) {
        List<LoopRow> loops = new ArrayList<>();
        Map<String, List<LoopRow>> byFactor = new HashMap<>();
        Map<String, Integer> loopsPerStrategy = new HashMap<>();
        for (JsonNode e : (Iterable<JsonNode>) loopEntries::iterator) {
            LoopRow row = loopRow(e, registryLoops, missingArtifacts);
            loops.add(row);
            row.factorNames().forEach(n -> byFactor.computeIfAbsent(n, k -> new ArrayList<>()).add(row));
            if (row.strategyId() != null) {
                loopsPerStrategy.merge(row.strategyId(), 1, Integer::sum);
            }
        }
        List<FactorRow> factors = new ArrayList<>();
        for (JsonNode e : (Iterable<JsonNode>) factorEntries::iterator) {
            String name = e.path("name").asText();
            List<LoopRow> used = byFactor.getOrDefault(name, List.of());
            Kpis best = used.stream().map(LoopRow::kpis).filter(k -> k.sharpe().present())
                    .max(Comparator.comparingDouble(k -> k.sharpe().value())).orElse(Kpis.NONE);
            factors.add(new FactorRow(name, e.path("source").asText(), texts(e.path("tags")),
                    e.path("description_cn").asText(""), used.size(), best, Links.factor(name)));
        }
        List<StrategyRow> strategies = new ArrayList<>();
        for (JsonNode e : (Iterable<JsonNode>) strategyEntries::iterator) {
            String id = e.path("strategy_id").asText();
            JsonNode segments = e.path("dataset_config").path("kwargs").path("segments");
            strategies.add(new StrategyRow(id, e.path("action").asText(""),
                    e.path("model_config").path("class").asText(""), segment(segments.path("train")),
                    segment(segments.path("valid")), segment(segments.path("test")), texts(e.path("template_files")),
                    loopsPerStrategy.getOrDefault(id, 0)));
        }
        Map<String, RunCounts> runs = new HashMap<>();
        registryLoops.values().forEach(l -> runs.merge(l.taskRunId(), new RunCounts(1, l.hasResult() ? 1 : 0),
                (a, b) -> new RunCounts(a.loops() + b.loops(), a.withResult() + b.withResult())));
        return new ConsoleTables(factors, loops, strategies, runs);
    }

    private static LoopRow loopRow(JsonNode e, Map<LoopKey, Loop> registryLoops,
                                   Map<LoopKey, Integer> missingArtifacts) {
        LoopKey key = new LoopKey(e.path("task_run_id").asText(), e.path("loop_id").asLong());
        Loop reg = registryLoops.get(key);
        String time = firstText(e, "updated_at_utc", "ended_at_utc", "started_at_utc");
        if (time == null && reg != null) {
            time = reg.updatedAtUtc() != null ? reg.updatedAtUtc()
                    : reg.endedAtUtc() != null ? reg.endedAtUtc() : reg.startedAtUtc();
        }
        JsonNode decision = e.path("decision");
        return new LoopRow(key, e.path("action").asText(""), e.path("status").asText(""),
                decision.isBoolean() ? decision.booleanValue() : null, e.path("is_solidified").asBoolean(false),
                e.path("materialization_status").asText(""), time, Kpis.of(e), texts(e.path("factor_names")),
                e.path("strategy_id").isTextual() ? e.path("strategy_id").asText() : null,
                missingArtifacts.getOrDefault(key, 0));
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String firstText(JsonNode e, String... fields) {
        for (String f : fields) {
            if (e.path(f).isTextual() && !e.path(f).asText().isEmpty()) {
                return e.path(f).asText();
            }
        }
        return null;
    }

    /** A {@code [start, end]} segment as {@code start – end}. */
    private static String segment(JsonNode pair) {
        if (!pair.isArray() || pair.size() != 2) {
            return "\u2013";
        }
        return pair.get(0).asText() + " \u2013 " + pair.get(1).asText();
    }
}
