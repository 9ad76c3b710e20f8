package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import rdresults.export.ExportException;
import rdresults.model.FailureCategory;
import rdresults.model.InvalidInputException;
import rdresults.registry.NotARegistryException;
import rdresults.registry.RegistryNotFoundException;
import rdresults.registry.RegistryUnavailableException;
import rdresults.registry.query.InvalidQueryException;
import rdresults.sync.ApiStatusException;
import rdresults.sync.ApiUnavailableException;
import rdresults.sync.MalformedPayloadException;
import rdresults.sync.MigrationException;
import rdresults.sync.SyncDatabaseException;
import rdresults.sync.SyncLockedException;
import rdresults.sync.report.FailureKind;
import rdresults.testkit.RegistryExistsException;
import rdresults.testkit.SyntheticRegistryException;

class ExitCodesTest {

    private static final Path DB = Path.of("/x/RDagentDB/registry.sqlite");

    @Test
    void unusableInputsMapToThree() {
        assertThat(ExitCodes.forException(new RegistryNotFoundException(DB))).isEqualTo(3);
        assertThat(ExitCodes.forException(new NotARegistryException(DB, "not a registry"))).isEqualTo(3);
        assertThat(ExitCodes.forException(new InvalidInputException("bad yaml"))).isEqualTo(3);
        assertThat(ExitCodes.forException(new ExportException("YAML config not found: x.yaml"))).isEqualTo(3);
        assertThat(ExitCodes.forException(new RegistryExistsException(DB))).isEqualTo(3);
    }

    @Test
    void invalidQueryMapsToUsage() {
        assertThat(ExitCodes.forException(new InvalidQueryException("cursor", "bad"))).isEqualTo(2);
    }

    @Test
    void unavailableDatabaseMapsToFour() {
        assertThat(ExitCodes.forException(new RegistryUnavailableException(DB, "locked", new IOException("x"))))
                .isEqualTo(4);
        assertThat(ExitCodes.forException(new SyntheticRegistryException("cannot write workspace file", DB,
                new IOException("disk full")))).isEqualTo(4);
    }

    @Test
    void syncFailuresMapByType() {
        String uri = "http://127.0.0.1:9000/catalog/factors";
        assertThat(ExitCodes.forException(new ApiUnavailableException("factors", uri, 0, 4, "refused", null)))
                .isEqualTo(4);
        assertThat(ExitCodes.forException(new ApiStatusException("factors", uri, 401, ""))).isEqualTo(4);
        assertThat(ExitCodes.forException(new SyncDatabaseException("jdbc:sqlite:x", "connecting",
                new SQLException("no")))).isEqualTo(4);
        assertThat(ExitCodes.forException(new SyncLockedException("jdbc:sqlite:x", "h/1/a", Instant.EPOCH)))
                .isEqualTo(4);
        assertThat(ExitCodes.forException(new MigrationException(2, "schema too new"))).isEqualTo(3);
        assertThat(ExitCodes.forException(new MalformedPayloadException("loops", "loops[0]", "bad"))).isEqualTo(5);
    }

    @Test
    void syncRunFailuresPreferUnavailableOverRejectedRecords() {
        assertThat(ExitCodes.forSyncFailures(List.of())).isEqualTo(0);
        assertThat(ExitCodes.forSyncFailures(List.of(FailureKind.MALFORMED_PAYLOAD))).isEqualTo(5);
        assertThat(ExitCodes.forSyncFailures(List.of(FailureKind.API_REJECTED))).isEqualTo(4);
        assertThat(ExitCodes.forSyncFailures(List.of(FailureKind.MALFORMED_PAYLOAD, FailureKind.API_UNAVAILABLE)))
                .isEqualTo(4);
    }

    @Test
    void aCatalogThatCannotBeWrittenIsUnavailableUnlessItsTargetIsWrong() {
        Path target = Path.of("/x/RDagentDB/aistock/loop_catalog.json");
        assertThat(ExitCodes.forException(ExportException.writing("cannot write " + target,
                new UncheckedIOException(new IOException("No space left on device"))))).isEqualTo(4);
        assertThat(ExitCodes.forException(ExportException.writing("cannot write " + target,
                new UncheckedIOException(new FileAlreadyExistsException(target.getParent().toString())))))
                .isEqualTo(3);
        assertThat(ExitCodes.forException(ExportException.writing("cannot write " + target,
                new AccessDeniedException(target.toString())))).isEqualTo(3);
    }

    @Test
    void eachCategoryHasItsCode() {
        assertThat(ExitCodes.forException(new ExportException(FailureCategory.USAGE, "x", null))).isEqualTo(2);
        assertThat(ExitCodes.forException(new ExportException(FailureCategory.BAD_INPUT, "x", null))).isEqualTo(3);
        assertThat(ExitCodes.forException(new ExportException(FailureCategory.NOT_FOUND, "x", null))).isEqualTo(3);
        assertThat(ExitCodes.forException(new ExportException(FailureCategory.UNAVAILABLE, "x", null))).isEqualTo(4);
        assertThat(ExitCodes.forException(new ExportException(FailureCategory.REJECTED, "x", null))).isEqualTo(5);
        assertThat(ExitCodes.forException(new ExportException(FailureCategory.INTERNAL, "x", null))).isEqualTo(1);
    }

    @Test
    void anythingElseIsUnexpected() {
        assertThat(ExitCodes.forException(new IllegalStateException("bug"))).isEqualTo(1);
        assertThat(new ExitCodeMapper().getExitCode(new NullPointerException())).isEqualTo(1);
    }

    @Test
    void unexpectedFailuresAreDescribedByType() {
        assertThat(ExecutionErrorHandler.describe(new IllegalStateException("boom")))
                .isEqualTo("unexpected IllegalStateException: boom (rerun with -vv for the stack trace)");
    }

    @Test
    void queryFailuresArePrefixedWithTheOption() {
        assertThat(ExecutionErrorHandler.describe(new InvalidQueryException("cursor", "cursor is not valid")))
                .isEqualTo("--cursor: cursor is not valid");
        assertThat(ExecutionErrorHandler.describe(new InvalidQueryException("--updated-since",
                "--updated-since: not an ISO-8601 timestamp"))).isEqualTo("--updated-since: not an ISO-8601 timestamp");
    }
}
