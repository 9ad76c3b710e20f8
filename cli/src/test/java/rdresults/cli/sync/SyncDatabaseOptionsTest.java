package rdresults.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SyncDatabaseOptionsTest {

    @Test
    void defaultIsASqliteFileInTheCurrentDirectory() {
        assertThat(new SyncDatabaseOptions().url())
                .isEqualTo("jdbc:sqlite:" + Path.of("").toAbsolutePath().resolve("aistock_sync.sqlite"));
    }
}
