package rdresults.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rdresults.cli.ExitCodes;

class WatchRunsTest {

    @Test
    void endsAfterMaxRunsWithTheLastCodeAndIgnoresLaterTicks() throws InterruptedException {
        List<Integer> ran = new ArrayList<>();
        WatchRuns runs = new WatchRuns(2, n -> {
            ran.add(n);
            return n == 1 ? ExitCodes.OK : ExitCodes.REJECTED_RECORDS;
        });
        runs.tick();
        runs.tick();
        runs.tick();
        assertThat(runs.awaitEnd()).isEqualTo(ExitCodes.REJECTED_RECORDS);
        assertThat(ran).containsExactly(1, 2);
        assertThat(runs.runs()).isEqualTo(2);
    }

    @Test
    void anUnexpectedFailureEndsTheWatchAndIsRethrownToTheWaiter() {
        WatchRuns runs = new WatchRuns(0, n -> {
            throw new IllegalStateException("bug in run " + n);
        });
        runs.tick();
        runs.tick();
        assertThatThrownBy(runs::awaitEnd).isInstanceOf(IllegalStateException.class).hasMessage("bug in run 1");
        assertThat(runs.runs()).isEqualTo(1);
    }
}
