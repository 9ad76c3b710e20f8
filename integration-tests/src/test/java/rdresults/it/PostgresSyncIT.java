package rdresults.it;

import java.nio.file.Path;
import rdresults.sync.testing.TestDatabase;
import rdresults.sync.testing.TestDatabases;

/**
 * The end-to-end sync tests into PostgreSQL (a fresh schema per test). Skipped with a message when no server is
 * reachable, failed instead when {@code RDR_REQUIRE_POSTGRES=true} or {@code -Drdr.require.postgres=true}.
 */
class PostgresSyncIT extends SyncAgainstApiTests {

    @Override
    TestDatabase database(Path tmp) {
        return TestDatabases.postgres();
    }
}
