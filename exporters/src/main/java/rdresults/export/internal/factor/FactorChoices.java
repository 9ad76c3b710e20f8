package rdresults.export.internal.factor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the one entry per ({@code name}, {@code source}) so that it is the entry the Python factor exporter writes
 * for that key, while losing nothing it would not.
 *
 * <p>The Python exporter groups occurrences by their {@link FactorCandidate#definitionKey() definition} and keeps one
 * per group ({@link ReferenceFold}); a name with several definitions thus gets several entries there, one of which
 * may be a copy without a definition. Here each key's occurrences are split the same way; per definition the
 * candidate is the group's kept occurrence when that has this key, else this key's own kept occurrence of the
 * group (those the Python exporter skips only when no other exists). The key's entry is, in this order of
 * preference: a candidate the Python exporter keeps, one carrying a definition, then by the reference rule (higher
 * sharpe, first seen). The other candidates with a definition become {@code alternative_definitions}; the best
 * metrics of every occurrence ({@link FactorCandidate#RANK}) become {@code best_performance_metrics}.
 *
 * <p>Memory: a few occurrences per (key, definition), never all of them.
 */
final class FactorChoices {

    private final Map<String, ReferenceFold> groups = new HashMap<>();
    private final Map<FactorCandidate.Key, KeyState> keys = new HashMap<>();

    void add(FactorCandidate c) {
        String definition = c.definitionKey();
        if (c.referenceVisible()) {
            groups.computeIfAbsent(definition, d -> new ReferenceFold()).add(c);
        }
        keys.computeIfAbsent(c.key(), k -> new KeyState()).add(definition, c);
    }

    /** One choice per key, in catalog order. */
    List<FactorChoice> choices() {
        List<FactorChoice> out = new ArrayList<>(keys.size());
        keys.forEach((key, state) -> out.add(state.choose(key)));
        out.sort(Comparator.comparing(FactorChoice::entry, FactorCandidate.CATALOG_ORDER));
        return out;
    }

    /**
     * The chosen occurrence of a key, the best occurrence by metrics, and the other definitions.
     *
     * @param entry        the occurrence whose object becomes the entry
     * @param bestMetrics  the occurrence with the best metrics of all
     * @param alternatives one per other definition, each with its best metrics
     */
    record FactorChoice(FactorCandidate entry, FactorCandidate bestMetrics, List<Alternative> alternatives) {
    }

    /**
     * Another definition of the same key.
     *
     * @param definition  the occurrence that stands for it
     * @param bestMetrics its occurrence with the best metrics
     */
    record Alternative(FactorCandidate definition, FactorCandidate bestMetrics) {
    }

    private final class KeyState {
        private final Map<String, DefinitionState> definitions = new HashMap<>();
        private FactorCandidate bestMetrics;

        void add(String definition, FactorCandidate c) {
            definitions.computeIfAbsent(definition, d -> new DefinitionState()).add(c);
            bestMetrics = better(bestMetrics, c);
        }

        FactorChoice choose(FactorCandidate.Key key) {
            List<Tiered> candidates = new ArrayList<>(definitions.size());
            definitions.forEach((definition, state) -> {
                ReferenceFold group = groups.get(definition);
                FactorCandidate groupKept = group == null ? null : group.kept();
                boolean keptByReference = groupKept != null && groupKept.key().equals(key);
                candidates.add(new Tiered(keptByReference ? groupKept : state.own(), keptByReference, state));
            });
            int top = candidates.stream().mapToInt(Tiered::tier).max().orElseThrow();
            ReferenceFold tied = new ReferenceFold();
            candidates.stream().filter(t -> t.tier() == top).forEach(t -> tied.add(t.candidate()));
            FactorCandidate entry = tied.kept();
            List<Alternative> alternatives = candidates.stream()
                    .filter(t -> t.candidate() != entry && t.candidate().hasDefinition())
                    .sorted(Comparator.comparingLong(t -> t.candidate().order()))
                    .map(t -> new Alternative(t.candidate(), t.state().bestMetrics))
                    .toList();
            return new FactorChoice(entry, bestMetrics, alternatives);
        }
    }

    /** One key's occurrences of one definition. */
    private static final class DefinitionState {
        private final ReferenceFold visible = new ReferenceFold();
        private final ReferenceFold any = new ReferenceFold();
        private FactorCandidate bestMetrics;

        void add(FactorCandidate c) {
            if (c.referenceVisible()) {
                visible.add(c);
            }
            any.add(c);
            bestMetrics = better(bestMetrics, c);
        }

        /** The kept one by the reference rule, among the occurrences the Python exporter considers if any. */
        FactorCandidate own() {
            return visible.isEmpty() ? any.kept() : visible.kept();
        }
    }

    private record Tiered(FactorCandidate candidate, boolean keptByReference, DefinitionState state) {
        int tier() {
            return (keptByReference ? 2 : 0) + (candidate.hasDefinition() ? 1 : 0);
        }
    }

    private static FactorCandidate better(FactorCandidate a, FactorCandidate b) {
        return a == null || FactorCandidate.RANK.compare(b, a) > 0 ? b : a;
    }
}
