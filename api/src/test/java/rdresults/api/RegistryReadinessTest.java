package rdresults.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rdresults.api.http.Problems;

/** Readiness and the registry endpoints follow the registry file as it is now, and recover by themselves. */
@QuarkusTest
@QuarkusTestResource(value = ReplaceableRegistryRepository.class, restrictToAnnotatedClass = true)
class RegistryReadinessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> REGISTRY_ENDPOINTS = List.of("/loops", "/task_runs", "/workspaces",
            "/task_runs/51963583cbd94de8919cae1dea88a8fd", "/loops/51963583cbd94de8919cae1dea88a8fd/0",
            "/loops/51963583cbd94de8919cae1dea88a8fd/0/artifacts");

    private byte[] original;

    @BeforeEach
    void serviceIsReady() throws IOException {
        original = Files.readAllBytes(ReplaceableRegistryRepository.REGISTRY);
        await("ready", () -> given().get("/q/health/ready").statusCode() == 200);
    }

    @AfterEach
    void restoreTheRegistry() throws IOException {
        Files.write(ReplaceableRegistryRepository.REGISTRY, original);
    }

    @Test
    void aTruncatedRegistryIsUnavailableEverywhereUntilItIsGoodAgain() throws IOException {
        try (FileChannel ch = FileChannel.open(ReplaceableRegistryRepository.REGISTRY, StandardOpenOption.WRITE)) {
            ch.truncate(original.length / 2);
        }
        assertUnavailable("truncated");
        Files.write(ReplaceableRegistryRepository.REGISTRY, original);
        given().get("/q/health/ready").then().statusCode(200);
        for (String path : REGISTRY_ENDPOINTS) {
            given().get(path).then().statusCode(200);
        }
    }

    @Test
    void aRegistryOverwrittenWithSomethingElseIsUnavailableEverywhere() throws IOException {
        Files.writeString(ReplaceableRegistryRepository.REGISTRY, "not a database, ".repeat(1000));
        assertUnavailable("not a SQLite database");
        Files.write(ReplaceableRegistryRepository.REGISTRY, original);
        given().get("/loops").then().statusCode(200);
    }

    @Test
    void aRegistryReplacedByRenameIsServedAndItsCatalogsExportedAgain() throws IOException, SQLException {
        await("catalogs loaded", () -> given().get("/catalog/loops").statusCode() == 200);
        String catalogEtag = given().get("/catalog/loops").header("ETag");
        Path next = ReplaceableRegistryRepository.REGISTRY.resolveSibling("registry.next.sqlite");
        Files.write(next, original);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + next); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE task_runs SET status = 'replaced' WHERE task_run_id = "
                    + "'7daba6df420346bba2e5206c2d9dd4b5'");
        }
        given().get("/task_runs?status=replaced").then().statusCode(200).body("items.size()", is(0));


        Files.move(next, ReplaceableRegistryRepository.REGISTRY, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);

        for (int i = 0; i < 5; i++) {
            given().get("/task_runs?status=replaced").then().statusCode(200)
                    .body("items[0].task_run_id", is("7daba6df420346bba2e5206c2d9dd4b5"));
        }
        given().get("/q/health/ready").then().statusCode(200);
        await("catalogs exported again", () -> !catalogEtag.equals(given().get("/catalog/loops").header("ETag")));
    }

    @Test
    void aRegistryOverwrittenInPlaceIsServedAndItsCatalogsExportedAgain() throws IOException, SQLException {
        await("catalogs loaded", () -> given().get("/catalog/loops").statusCode() == 200);
        String catalogEtag = given().get("/catalog/loops").header("ETag");
        Object inode = Files.getAttribute(ReplaceableRegistryRepository.REGISTRY, "unix:ino");
        Path other = ReplaceableRegistryRepository.ROOT.resolve("other.sqlite");
        Files.write(other, original);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE task_runs SET status = 'overwritten' WHERE task_run_id = "
                    + "'7daba6df420346bba2e5206c2d9dd4b5'");
        }
        given().get("/task_runs?status=overwritten").then().statusCode(200).body("items.size()", is(0));
        // as `cp other.sqlite registry.sqlite` does: truncated, then written, the same file throughout
        try (FileChannel ch = FileChannel.open(ReplaceableRegistryRepository.REGISTRY, StandardOpenOption.WRITE)) {
            ch.truncate(0);
        }
        assertUnavailable("empty or truncated");
        Files.write(ReplaceableRegistryRepository.REGISTRY, Files.readAllBytes(other));
        assertThat(Files.getAttribute(ReplaceableRegistryRepository.REGISTRY, "unix:ino")).isEqualTo(inode);

        for (int i = 0; i < 5; i++) {
            given().get("/task_runs?status=overwritten").then().statusCode(200)
                    .body("items[0].task_run_id", is("7daba6df420346bba2e5206c2d9dd4b5"));
        }
        given().get("/q/health/ready").then().statusCode(200);
        await("catalogs exported again", () -> !catalogEtag.equals(given().get("/catalog/loops").header("ETag")));
    }

    /** Readiness is DOWN naming the file relatively, every registry endpoint a 503 problem, again and again. */
    private static void assertUnavailable(String reason) {
        for (int round = 0; round < 3; round++) {
            Response ready = given().get("/q/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            String registryState = ready.jsonPath().getString("checks[0].data.registry");
            assertThat(registryState).contains("RDagentDB/registry.sqlite").contains(reason);
            assertThat(ready.asString()).doesNotContain(ReplaceableRegistryRepository.ROOT.toString());
            for (String path : REGISTRY_ENDPOINTS) {
                Response r = given().get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(503);
                assertThat(r.contentType()).isEqualTo(Problems.MEDIA_TYPE);
                assertThat(r.jsonPath().getString("detail")).as(path).contains("RDagentDB/registry.sqlite")
                        .contains(reason).doesNotContain(ReplaceableRegistryRepository.ROOT.toString());
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for %s", what).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
