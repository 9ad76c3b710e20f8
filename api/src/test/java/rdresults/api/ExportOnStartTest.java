package rdresults.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ExportOnStartTest.OwnRepository.class)
@QuarkusTestResource(value = EmptyCatalogsRepository.class, restrictToAnnotatedClass = true)
class ExportOnStartTest {

    /** A profile of its own, so this test gets a service started on the catalog-less copy. */
    public static class OwnRepository implements QuarkusTestProfile {
    }

    @Test
    void missingCatalogsAreExportedAtStartAndServed() throws InterruptedException {
        for (int i = 0; i < 300 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(100);
        }
        given().get("/q/health/ready").then().statusCode(200);
        for (String f : new String[] {"factor_catalog.json", "strategy_catalog.json", "loop_catalog.json",
            "model_catalog.json", "alpha158_meta.json"}) {
            assertThat(Files.exists(EmptyCatalogsRepository.ROOT.resolve("RDagentDB/aistock/" + f))).as(f).isTrue();
        }
        given().get("/catalog/strategies").then().statusCode(200).body("strategies.size()", equalTo(21));
        given().get("/catalog/factors").then().statusCode(200)
                .body("factors.findAll { it.source == 'qlib_alpha158' }.size()", equalTo(20));
        given().queryParam("since", "2000-01-01").get("/catalog/loops").then().statusCode(200)
                .body("loops.size()", equalTo(given().get("/catalog/loops").then().extract().path("loops.size()")));
    }

    @Test
    void withoutAFactorLibraryNoPackageIsPublished() {
        given().get("/factor_package/versions").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no factor package published here: the service has no factor library "
                        + "configured (set rdr.factor-lib.root or RD_FACTORS_LIB_ROOT)"));
        given().get("/factor_package/bundle").then().statusCode(404);
    }
}
