package rdresults.api.endpoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import rdresults.api.SampleRepository;
import rdresults.api.TokenProfile;

@QuarkusTest
@TestProfile(TokenProfile.class)
@QuarkusTestResource(value = SampleRepository.class, restrictToAnnotatedClass = true)
class BearerTokenTest {

    @Test
    void endpointsRequireTheToken() {
        given().get("/catalog/factors").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong").get("/loops").then().statusCode(401);
        given().header("Authorization", "Bearer s3cret").get("/catalog/factors").then().statusCode(200);
        given().header("Authorization", "bearer s3cret").get("/loops").then().statusCode(200);
    }

    @Test
    void healthStaysOpen() {
        given().get("/health").then().statusCode(200).body("status", equalTo("ok"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void theDocumentedSecurityIsWhatTheFilterEnforces() {
        for (Endpoint e : ApiEndpoints.ALL) {
            // the token is checked before routing, so any value fills the path parameters
            int status = given().get(e.path().replaceAll("\\{[^}]+}", "1")).statusCode();
            if (e.group().tokenApplies()) {
                assertThat(status).as("GET %s without the token", e.path()).isEqualTo(401);
            } else {
                assertThat(status).as("GET %s without the token", e.path()).isNotEqualTo(401);
            }
        }
    }

    @Test
    void theApiDescriptionIsReadableWithoutTheToken() {
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void metricsRequireTheTokenToo() {
        given().get("/q/metrics").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("detail", org.hamcrest.Matchers.containsString("bearer token"));
        given().header("Authorization", "Bearer s3cret").get("/q/metrics").then().statusCode(200);
    }

    @Test
    void unknownPathsAreGuardedBeforeRouting() {
        given().get("/no/such/route").then().statusCode(401);
        given().header("Authorization", "Bearer s3cret").get("/no/such/route").then().statusCode(404);
    }
}
