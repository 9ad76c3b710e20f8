package rdresults.it;

import java.nio.file.Path;
import rdresults.sync.testing.TestDatabase;
import rdresults.sync.testing.TestDatabases;

/** The end-to-end sync tests into a SQLite file. */
class SqliteSyncIT extends SyncAgainstApiTests {

    @Override
    TestDatabase database(Path tmp) {
        return TestDatabases.sqlite(tmp);
    }
}
