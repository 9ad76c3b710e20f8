package rdresults.export.internal.factor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import rdresults.model.PythonJson;

class FactorCandidateTest {

    private static FactorCandidate candidate(FactorPerformance p, String created, long order) {
        return new FactorCandidate(PythonJson.nodes().objectNode().put("name", "F"), "F", "rdagent_generated", p,
                created, order);
    }

    private static FactorPerformance sharpe(double value) {
        return new FactorPerformance(DoubleNode.valueOf(value), DoubleNode.valueOf(0.1), null, "t", 0L);
    }

    private static FactorCandidate best(FactorCandidate... candidates) {
        return List.of(candidates).stream().max(FactorCandidate.RANK).orElseThrow();
    }

    @Test
    void higherSharpeWins() {
        FactorCandidate low = candidate(sharpe(0.5), "2025-10-15T00:00:00+00:00", 0);
        FactorCandidate high = candidate(sharpe(2.0), "2025-10-01T00:00:00+00:00", 1);

        assertThat(best(low, high)).isSameAs(high);
    }

    @Test
    void zeroSharpeBeatsMissingSharpe() {
        FactorCandidate zero = candidate(sharpe(0.0), null, 1);
        FactorCandidate missing = candidate(new FactorPerformance(NullNode.getInstance(), null, null, "t", 0L),
                "2026-01-01T00:00:00+00:00", 0);

        assertThat(best(missing, zero)).isSameAs(zero);
    }

    @Test
    void nanAndTextSharpeRankAsMissing() {
        FactorCandidate nan = candidate(sharpe(Double.NaN), null, 0);
        FactorCandidate text = candidate(new FactorPerformance(TextNode.valueOf("abc"), null, null, "t", 0L), null, 1);
        FactorCandidate negative = candidate(sharpe(-3.0), null, 2);

        assertThat(best(nan, text, negative)).isSameAs(negative);
    }

    @Test
    void tiesGoToTheNewerCreationThenTheEarlierDiscovery() {
        FactorCandidate older = candidate(sharpe(1.0), "2025-10-13T08:47:25.248885+00:00", 0);
        FactorCandidate newer = candidate(sharpe(1.0), "2025-10-14T08:47:25+00:00", 1);
        FactorCandidate sameAsNewer = candidate(sharpe(1.0), "2025-10-14T08:47:25+00:00", 2);

        assertThat(best(older, sameAsNewer, newer)).isSameAs(newer);
    }

    @Test
    void aRecordWithoutSharpeBeatsNoRecord() {
        FactorCandidate none = candidate(null, "2026-01-01T00:00:00+00:00", 0);
        FactorCandidate partial = candidate(new FactorPerformance(null, DoubleNode.valueOf(0.2), null, "t", 0L),
                null, 1);

        assertThat(best(none, partial)).isSameAs(partial);
    }

    @Test
    void catalogOrderIsNameThenSourceByCodePoint() {
        FactorCandidate b = new FactorCandidate(PythonJson.nodes().objectNode(), "b", "x", null, null, 0);
        FactorCandidate upper = new FactorCandidate(PythonJson.nodes().objectNode(), "Z", "x", null, null, 1);
        FactorCandidate noSource = new FactorCandidate(PythonJson.nodes().objectNode(), "b", null, null, null, 2);

        assertThat(List.of(b, upper, noSource).stream().sorted(FactorCandidate.CATALOG_ORDER).toList())
                .containsExactly(upper, noSource, b);
    }
}
