package rdresults.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = SampleRepository.class, restrictToAnnotatedClass = true)
class FactorPackageEndpointsTest {

    @Test
    void versionsListsThePublishedVersions() {
        given().get("/factor_package/versions").then().statusCode(200)
                .body("current", equalTo("0.1.0"))
                .body("versions.version", org.hamcrest.Matchers.contains("0.1.0"));
    }

    @Test
    void bundleStreamsTheArchiveWithItsSha256AsETag() throws Exception {
        Response r = given().get("/factor_package/bundle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/zip");
        assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"").contains("0.1.0");
        byte[] zip = r.asByteArray();
        assertThat(zip).startsWith(0x50, 0x4b);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
        assertThat(r.header("ETag")).isEqualTo("\"" + sha + "\"");
        given().header("If-None-Match", r.header("ETag")).get("/factor_package/bundle?version=0.1.0").then()
                .statusCode(304);
    }

    @Test
    void unknownVersionIs404() {
        given().get("/factor_package/bundle?version=9.9.9").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no such factor package version: 9.9.9 (see /factor_package/versions)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "01.0.0", "../1.0.0", "1.0.0/../../x", "latest"})
    void malformedVersionIs400AndNoPathCanBeSmuggled(String version) {
        given().queryParam("version", version).get("/factor_package/bundle").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("MAJOR.MINOR.PATCH"));
    }
}
