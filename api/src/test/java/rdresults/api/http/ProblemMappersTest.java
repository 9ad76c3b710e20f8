package rdresults.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rdresults.api.catalog.CatalogUnavailableException;
import rdresults.export.ExportException;
import rdresults.model.FailureCategory;
import rdresults.model.InvalidInputException;
import rdresults.registry.NotARegistryException;
import rdresults.registry.RegistryNotFoundException;
import rdresults.registry.RegistryUnavailableException;
import rdresults.registry.query.InvalidQueryException;

/** One problem status per failure category, the detail being the failure's message. */
class ProblemMappersTest {

    private static final Path DB = Path.of("/x/RDagentDB/registry.sqlite");
    private final ProblemMappers mappers = new ProblemMappers(
            new rdresults.api.PathRedaction(Path.of("/x"), DB, Path.of("/x/RDagentDB/aistock")));

    @Test
    void usageIsTheClientsBadRequest() {
        assertProblem(mappers.failure(new InvalidQueryException("limit", "limit must be 1-1000, got 0")), 400,
                "limit must be 1-1000, got 0");
    }

    @Test
    void aNamedThingThatDoesNotExistIsNotFound() {
        assertProblem(mappers.failure(new NotFoundProblemException("loop not found: t/3")), 404,
                "loop not found: t/3");
    }

    @Test
    void theServicesOwnInputsUnusableOrUnavailableAre503() {
        assertProblem(mappers.failure(new RegistryNotFoundException(DB)), 503, null);
        assertProblem(mappers.failure(new NotARegistryException(DB, "not a registry")), 503, null);
        assertProblem(mappers.failure(new InvalidInputException("bad yaml")), 503, "bad yaml");
        assertProblem(mappers.failure(new RegistryUnavailableException(DB, "database is locked", null)), 503,
                "database is locked");
        assertProblem(mappers.failure(new CatalogUnavailableException("loop_catalog.json is corrupt")), 503,
                "loop_catalog.json is corrupt");
    }

    @Test
    void rejectedRecordsAre422AndInternalFailuresHideTheirMessage() {
        assertProblem(mappers.failure(new ExportException(FailureCategory.REJECTED, "3 entries rejected", null)), 422,
                "3 entries rejected");
        assertProblem(mappers.failure(new ExportException(FailureCategory.INTERNAL, "secret /abs/path", null)), 500,
                "internal error; see the service log");
    }

    private static void assertProblem(Response r, int status, String detail) {
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(r.getMediaType().toString()).isEqualTo(Problems.MEDIA_TYPE);
        String body = new String((byte[]) r.getEntity(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":" + status);
        if (detail != null) {
            assertThat(body).contains("\"detail\":\"" + detail + "\"");
        }
    }
}
