package rdresults.api.console;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service with a token: the pages then need a signed-in browser. */
public class ConsoleTokenProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("rdr.api.token", "s3cret");
    }
}
