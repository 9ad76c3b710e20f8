package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rdresults.export.ExportException;
import rdresults.model.InvalidInputException;
import rdresults.registry.InvalidQueryException;
import rdresults.registry.NotARegistryException;
import rdresults.registry.RegistryNotFoundException;
import rdresults.registry.RegistryUnavailableException;
import rdresults.registry.synthetic.RegistryExistsException;
import rdresults.registry.synthetic.SyntheticRegistryException;

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
