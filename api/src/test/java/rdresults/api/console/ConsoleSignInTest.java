package rdresults.api.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import rdresults.api.http.ConsoleSession;

@QuarkusTest
@TestProfile(ConsoleTokenProfile.class)
@QuarkusTestResource(value = ConsoleRepository.class, restrictToAnnotatedClass = true)
class ConsoleSignInTest {

    @Test
    void aPageWithoutSessionSendsTheBrowserToTheSignInForm() {
        given().redirects().follow(false).get("/ui/loops?decision=rejected").then().statusCode(303)
                .header("Location", "/ui/sign-in?next=%2Fui%2Floops%3Fdecision%3Drejected");
        given().get("/ui/sign-in").then().statusCode(200).body(containsString("type=\"password\""));
        given().get("/console/console.css").then().statusCode(200);
        given().get("/catalog/loops").then().statusCode(401);
    }

    @Test
    void theRightTokenGivesASessionCookieThatOpensPagesAndTheCurves() {
        Response r = given().redirects().follow(false).formParam("token", "s3cret").formParam("next", "/ui/loops")
                .post("/ui/sign-in");
        r.then().statusCode(303).header("Location", containsString("/ui/loops"))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", not(containsString("s3cret")));
        String cookie = r.getCookie(ConsoleSession.COOKIE);
        given().cookie(ConsoleSession.COOKIE, cookie).get("/ui/loops").then().statusCode(200);
        given().cookie(ConsoleSession.COOKIE, cookie).get("/loops/7daba6df420346bba2e5206c2d9dd4b5/7/curves").then()
                .statusCode(200);
        given().cookie(ConsoleSession.COOKIE, "forged").redirects().follow(false).get("/ui/loops").then()
                .statusCode(303);
    }

    @Test
    void aNextWithLineBreaksOrControlsRedirectsHomeAndSetsNoOtherHeader() {
        for (String next : List.of("/ui/loops\r\nSet-Cookie: evil=1", "/ui/loops\nX-Evil: 1", "/ui/\u0001loops",
                "/ui/loops\u007f", "/ui/loops x", "/ui/caf\u00e9", "/ui/<loops>")) {
            Response r = given().redirects().follow(false).formParam("token", "s3cret").formParam("next", next)
                    .post("/ui/sign-in");
            r.then().statusCode(303).header("Location", endsWith("/")).header("Location", not(containsString("ui")))
                    .header("X-Evil", nullValue());
            assertThat(r.headers().getValues("Set-Cookie")).as(next).hasSize(1)
                    .allSatisfy(c -> assertThat(c).startsWith(ConsoleSession.COOKIE + "="));
        }
        // an encoded line break stays encoded: a valid local target
        given().redirects().follow(false).formParam("token", "s3cret").formParam("next", "/ui/loops%0d%0aX-Evil:%201")
                .post("/ui/sign-in").then().statusCode(303).header("Location", endsWith("/ui/loops%0d%0aX-Evil:%201"))
                .header("X-Evil", nullValue());
        given().queryParam("next", "/ui/loops\r\nX-Evil: 1").get("/ui/sign-in").then().statusCode(200)
                .header("X-Evil", nullValue());
    }

    @Test
    void aWrongTokenIsRefusedAndAForeignNextIsIgnored() {
        given().formParam("token", "guess").post("/ui/sign-in").then().statusCode(401)
                .body(containsString("not the one"));
        given().redirects().follow(false).formParam("token", "s3cret").formParam("next", "//evil.example/")
                .post("/ui/sign-in").then().statusCode(303).header("Location", endsWith("/"))
                .header("Location", not(containsString("evil")));
    }
}
