package rdresults.factorlib.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import rdresults.factorlib.internal.store.PackageFiles;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/** The {@code impl_*} pointers of a catalog ({@code factor_meta.json} or {@code factor_catalog.json}). */
public final class CatalogPointers {

    /** One factor's pointer; missing fields read as empty strings. */
    public record Pointer(String factorName, String module, String func, String version) {
    }

    private CatalogPointers() {
    }

    /** Factors with at least one {@code impl_*} field; problems reading the file go to {@code onProblem}. */
    public static List<Pointer> read(Path catalog, BiConsumer<Path, String> onProblem) {
        if (!Files.isRegularFile(catalog)) {
            onProblem.accept(catalog, "catalog not found: " + catalog);
            return List.of();
        }
        JsonNode root;
        try {
            root = PythonJson.parse(PackageFiles.read(catalog), catalog.toString());
        } catch (InvalidInputException e) {
            onProblem.accept(catalog, e.getMessage());
            return List.of();
        }
        JsonNode factors = root.isArray() ? root : root.path("factors");
        if (!factors.isArray()) {
            onProblem.accept(catalog, "catalog has no factors list: " + catalog);
            return List.of();
        }
        List<Pointer> out = new ArrayList<>();
        for (JsonNode f : factors) {
            if (f.has("impl_module") || f.has("impl_func") || f.has("impl_version")) {
                out.add(new Pointer(f.path("name").asText(""), f.path("impl_module").asText(""),
                        f.path("impl_func").asText(""), f.path("impl_version").asText("")));
            }
        }
        return out;
    }
}
