package rdresults.cli.sync;

import picocli.CommandLine.Command;
import rdresults.cli.CommandGroup;
import rdresults.cli.RdrVersionProvider;

/** {@code rdr sync}: pull the results API into a consumer database (SQLite or PostgreSQL). */
@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class,
        description = {"Pull the results API into a consumer database: a SQLite file (default) or PostgreSQL.",
            "Runs are idempotent and incremental: unchanged catalogs cost one conditional request and write "
                + "nothing. Exit 0 ok, 2 usage, 3 bad --db URL or schema, 4 API or database unavailable, "
                + "5 a payload was rejected."},
        subcommands = {SyncOnceCommand.class, SyncWatchCommand.class, SyncStatusCommand.class})
public class SyncCommand extends CommandGroup {
}
