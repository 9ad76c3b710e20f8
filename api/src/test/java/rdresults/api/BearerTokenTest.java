package rdresults.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

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
}
