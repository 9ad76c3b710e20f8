package rdresults.export.internal.loop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rdresults.export.internal.Truthiness;

/**
 * The factor names of a loop: the union of {@code factor_perf.json}'s {@code combinations[].factor_names}, string
 * items only, in first-seen order (contract §4.3). As in the reference, a combination that is not an object voids
 * the whole list.
 */
final class FactorNames {

    private FactorNames() {
    }

    /** The names in {@code factorPerf} (null when the file is absent), possibly empty. */
    static List<String> of(JsonNode factorPerf) {
        if (factorPerf == null || !factorPerf.isObject()) {
            return List.of();
        }
        JsonNode combos = factorPerf.get("combinations");
        if (combos == null || !combos.isArray()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode combo : combos) {
            if (!combo.isObject()) {
                return List.of();
            }
            JsonNode list = combo.get("factor_names");
            if (Truthiness.isTruthy(list) && list.isArray()) {
                list.forEach(n -> {
                    if (n.isTextual()) {
                        names.add(n.textValue());
                    }
                });
            }
        }
        return new ArrayList<>(names);
    }
}
