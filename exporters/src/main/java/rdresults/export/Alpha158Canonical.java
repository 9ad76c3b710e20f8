package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rdresults.model.PythonJson;

/**
 * The 158 Alpha158 features of qlib's default {@code Alpha158DL.get_feature_config()}, in qlib's order, shipped as
 * the resource {@code rdresults/export/alpha158_full.json} (contract §8 item 14: catalogs must not carry a
 * reduced list).
 */
public final class Alpha158Canonical {

    static final String RESOURCE = "/rdresults/export/alpha158_full.json";

    private Alpha158Canonical() {
    }

    /** The canonical features, names unique, in qlib's order. */
    public static List<Alpha158Factor> factors() {
        return Holder.FACTORS;
    }

    /** Loaded on first use; immutable afterwards. */
    private static final class Holder {
        static final List<Alpha158Factor> FACTORS = load();
    }

    private static List<Alpha158Factor> load() {
        JsonNode root;
        try (InputStream in = Alpha158Canonical.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the exporters jar");
            }
            root = PythonJson.parse(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        List<Alpha158Factor> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode f : root.path("factors")) {
            String name = f.path("name").textValue();
            String expression = f.path("expression").textValue();
            if (name == null || expression == null) {
                throw new IllegalStateException("resource " + RESOURCE + " has an entry without name or expression");
            }
            if (names.add(name)) {
                out.add(new Alpha158Factor(name, expression));
            }
        }
        return List.copyOf(out);
    }
}
