package rdresults.factorlib.internal.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import rdresults.factorlib.internal.store.PackageFiles;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * The sharpe of each factor in a loop's {@code factor_perf.json} (contract §2.4), read as the factor catalog reads
 * it: {@code windows[0].sharpe} of every combination listing the factor, a later combination overriding an earlier
 * one. Only numbers count (NaN, text and null are missing).
 */
public final class FactorSharpes {

    private static final Logger LOG = Logger.getLogger(FactorSharpes.class);

    private FactorSharpes() {
    }

    /** Factor name → sharpe; empty when the file is missing or unreadable (the factors then rank lowest). */
    public static Map<String, Double> read(Path factorPerf) {
        Map<String, Double> out = new HashMap<>();
        if (!Files.isRegularFile(factorPerf)) {
            return out;
        }
        JsonNode perf;
        try {
            perf = PythonJson.parse(PackageFiles.read(factorPerf), factorPerf.toString());
        } catch (InvalidInputException e) {
            LOG.debugf("no sharpe from %s: %s", factorPerf, e.getMessage());
            return out;
        }
        for (JsonNode combo : perf.path("combinations")) {
            JsonNode sharpe = combo.path("windows").path(0).path("sharpe");
            for (JsonNode name : combo.path("factor_names")) {
                if (name.isTextual()) {
                    if (sharpe.isNumber() && !Double.isNaN(sharpe.doubleValue())) {
                        out.put(name.textValue(), sharpe.doubleValue());
                    } else {
                        out.remove(name.textValue());
                    }
                }
            }
        }
        return out;
    }
}
