package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import rdresults.factorlib.resolve.FactorImplementations;

/**
 * Points Alpha158 entries at the package's {@code rd_factors_lib.alpha158} functions: an entry without any
 * {@code impl_*} field gains {@code impl_module}, {@code impl_func} and {@code impl_version} (the version of the
 * function's last change) when the package translates that factor. Existing fields are never changed.
 */
public final class Alpha158Pointers {

    private Alpha158Pointers() {
    }

    /** Adds the pointers to every entry of an {@code alpha158_meta.json} document's {@code factors}. */
    public static void addTo(ObjectNode alpha158Meta, FactorImplementations implementations) {
        for (JsonNode f : alpha158Meta.path("factors")) {
            if (f instanceof ObjectNode entry) {
                addPointer(entry, implementations);
            }
        }
    }

    public static void addPointer(ObjectNode entry, FactorImplementations implementations) {
        if (entry.has("impl_module") || entry.has("impl_func") || entry.has("impl_version")
                || !entry.path("name").isTextual()) {
            return;
        }
        implementations.find(entry.path("name").textValue(), FactorImplementations.ALPHA158_SOURCE).ifPresent(f -> {
            entry.put("impl_module", f.module());
            entry.put("impl_func", f.func());
            entry.put("impl_version", f.version().toString());
        });
    }
}
