package rdresults.export.internal.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.export.ExportContext;
import rdresults.export.ExportException;
import rdresults.export.ExportWarnings;
import rdresults.export.SampleCopy;
import rdresults.export.WorkspaceReader;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

class WorkspacePassTest {

    @TempDir
    Path dir;

    private SampleCopy sample;
    private RegistryReader reader;

    @BeforeEach
    void copySample() {
        sample = SampleCopy.into(dir);
        reader = RegistryReader.open(sample.registryPath());
    }

    @AfterEach
    void close() {
        reader.close();
        sample.close();
    }

    @Test
    void stepsRunOnTheCallingThreadInVisitOrderWhateverTheThreadCount() {
        Recorder one = new Recorder(v -> true);
        WorkspacePass.run(context(1), List.of(one));
        Recorder four = new Recorder(v -> true);
        WorkspacePass.run(context(4), List.of(four));

        assertThat(four.recorded).isEqualTo(one.recorded).isNotEmpty();
        assertThat(four.recordingThreads).containsOnly(Thread.currentThread().getName());
        assertThat(four.readingThreads).allMatch(t -> t.startsWith("rdr-workspace-reader-"));
    }

    @Test
    void loopRowsComeFirstEarliestFirstThenEveryOtherWorkspaceOnce() {
        Recorder recorder = new Recorder(v -> true);
        ExportContext context = context(2);
        WorkspacePass.run(context, List.of(recorder));

        long loopVisits = recorder.visits.stream().filter(PlannedVisit::hasLoopRow).count();
        assertThat(loopVisits).isEqualTo(context.loopWorkspaces().stream().filter(r -> r.loop().hasResult()).count());
        assertThat(recorder.visits.subList(0, (int) loopVisits)).allMatch(PlannedVisit::hasLoopRow);
        assertThat(recorder.visits.stream().filter(PlannedVisit::firstOfWorkspace).map(PlannedVisit::workspaceIndex))
                .doesNotHaveDuplicates().hasSize(context.allWorkspaces().size());
    }

    @Test
    void visitsNoPartWantsAreNeitherReadNorResolved() {
        sample.update("UPDATE workspaces SET workspace_path = '/nowhere/' || workspace_id");
        Recorder none = new Recorder(v -> false);
        ExportContext context = context(2);
        WorkspacePass.run(context, List.of(none));

        assertThat(none.visits).isEmpty();
        assertThat(context.warnings().count()).isZero();
    }

    @Test
    void warningsOfEachVisitReachTheExportInVisitOrder() {
        sample.update("UPDATE workspaces SET workspace_path = '/nowhere/' || workspace_id");
        ExportContext one = context(1);
        WorkspacePass.run(one, List.of(new Recorder(v -> true)));
        ExportContext three = context(3);
        WorkspacePass.run(three, List.of(new Recorder(v -> true)));

        assertThat(one.warnings().count()).isEqualTo(three.warnings().count()).isPositive();
        assertThat(three.warnings().examples()).isEqualTo(one.warnings().examples());
        assertThat(one.warnings().examples().get(0)).startsWith("workspace folder not found for stored path");
    }

    @Test
    void aFailureWhileReadingReachesTheCallerWithItsType() {
        CatalogPart failing = new Recorder(v -> true) {
            @Override
            public Runnable read(WorkspaceVisit visit) {
                throw new ExportException("cannot read " + visit.workspace().workspaceId());
            }
        };
        assertThatThrownBy(() -> WorkspacePass.run(context(2), List.of(failing)))
                .isInstanceOf(ExportException.class).hasMessageStartingWith("cannot read ");
    }

    private ExportContext context(int threads) {
        return new ExportContext(reader, WorkspaceLocator.forRegistry(sample.registryPath(), List.of()),
                new WorkspaceReader(new ExportWarnings(), threads), SampleCopy.FIXED_CLOCK);
    }

    /** Records what the pass hands it, and on which threads. */
    private static class Recorder implements CatalogPart {
        final Predicate<PlannedVisit> wanted;
        final List<PlannedVisit> visits = new ArrayList<>();
        final List<String> recorded = new ArrayList<>();
        final List<String> recordingThreads = new ArrayList<>();
        final List<String> readingThreads = Collections.synchronizedList(new ArrayList<>());

        Recorder(Predicate<PlannedVisit> wanted) {
            this.wanted = wanted;
        }

        @Override
        public boolean wants(PlannedVisit visit) {
            return wanted.test(visit);
        }

        @Override
        public Runnable read(WorkspaceVisit visit) {
            readingThreads.add(Thread.currentThread().getName());
            String seen = visit.workspace().workspaceId() + "/" + visit.planned().loopIndex() + "/"
                    + visit.files().map(f -> f.rootNames().size()).orElse(-1);
            return () -> {
                visits.add(visit.planned());
                recorded.add(seen);
                recordingThreads.add(Thread.currentThread().getName());
            };
        }

        @Override
        public List<byte[]> entries() {
            return List.of();
        }
    }
}
