package rdresults.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service with a bearer token configured. */
public class TokenProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("rdr.api.token", "s3cret");
    }
}
