package rdresults.export.internal.factor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import rdresults.export.Alpha158Pointers;
import rdresults.factorlib.Origin;
import rdresults.factorlib.resolve.FactorImplementations;
import rdresults.factorlib.resolve.ImplementationPointer;
import rdresults.factorlib.resolve.ResolvedImplementation;
import rdresults.factorlib.resolve.Resolution;
import rdresults.model.PythonJson;

/**
 * Adds what a factor package says about a catalog entry, leaving every existing field as it is:
 * {@code implementation} (the package's current function for the factor: {@code impl_module}, {@code impl_func},
 * {@code impl_version} of its last change, {@code sha256}, {@code origin} {task_run_id, loop_id, workspace_id,
 * file} or null; null when the package has none) and {@code implementation_status} (see
 * {@link rdresults.factorlib.resolve.ImplementationStatus}). An Alpha158 entry without any {@code impl_*} field first
 * gains them from the package's {@code rd_factors_lib.alpha158} function, when there is one.
 */
public final class ImplementationFields {

    private ImplementationFields() {
    }

    /** {@code entry} with the added fields (the same object). */
    public static ObjectNode annotate(ObjectNode entry, FactorImplementations implementations) {
        String name = text(entry, "name");
        String source = text(entry, "source");
        if (FactorImplementations.ALPHA158_SOURCE.equals(source)) {
            Alpha158Pointers.addPointer(entry, implementations);
        }
        Resolution r = implementations.resolve(name, source, new ImplementationPointer(text(entry, "impl_module"),
                text(entry, "impl_func"), text(entry, "impl_version")));
        entry.set("implementation", r.findImplementation().map(ImplementationFields::node).orElse(null));
        entry.put("implementation_status", r.status().jsonName());
        return entry;
    }

    private static ObjectNode node(ResolvedImplementation impl) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("impl_module", impl.module());
        n.put("impl_func", impl.func());
        n.put("impl_version", impl.version().toString());
        n.put("sha256", impl.sha256());
        if (impl.findOrigin().isEmpty()) {
            n.putNull("origin");
        } else {
            Origin o = impl.origin();
            ObjectNode origin = n.putObject("origin");
            origin.put("task_run_id", o.taskRunId());
            origin.put("loop_id", o.loopId());
            origin.put("workspace_id", o.workspaceId());
            origin.put("file", o.file());
        }
        return n;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode v = entry.path(field);
        return v.isTextual() ? v.textValue() : v.isNumber() ? v.asText() : null;
    }
}
