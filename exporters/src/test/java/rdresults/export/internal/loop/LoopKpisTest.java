package rdresults.export.internal.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import rdresults.model.PythonJson;

/** KPI extraction follows the reference exporter's rules exactly (contract §4.3). */
class LoopKpisTest {

    @Test
    void windowKeysWinEvenWhenNull() {
        LoopKpis k = kpis("{\"annual_return\": 0.5, \"max_drawdown\": null, \"sharpe\": 1.5,"
                + " \"metrics\": {\"1day.x.annualized_return\": 0.9, \"max_drawdown\": -0.3}}");

        assertThat(k.annualizedReturn().asDouble()).isEqualTo(0.5);
        assertThat(k.maxDrawdown().isNull()).isTrue();
        assertThat(k.sharpe().asDouble()).isEqualTo(1.5);
    }

    @Test
    void nullAnnualReturnFallsBackToTheFirstMetricNamingIt() {
        LoopKpis k = kpis("{\"annual_return\": null, \"metrics\": {\"a\": 1, \"1day.excess_return_without_cost"
                + ".annualized_return\": 0.29, \"annualized_return\": 0.1}}");

        assertThat(k.annualizedReturn().asDouble()).isEqualTo(0.29);
    }

    @Test
    void pandasPlaceholderPairGivesTheAnnualisedReturn() {
        LoopKpis k = kpis("{\"metrics\": {\"Unnamed: 0\": \"1day.excess_return_with_cost.annualized_return\","
                + " \"0\": 0.92}}");

        assertThat(k.annualizedReturn().asDouble()).isEqualTo(0.92);
    }

    @Test
    void emptyKeyPlaceholderIsNotThePandasPair() {
        LoopKpis k = kpis("{\"metrics\": {\"\": \"1day.excess_return_with_cost.annualized_return\", \"0\": 0.92}}");

        assertThat(k.annualizedReturn()).isNull();
    }

    @Test
    void icKeysMatchCaseInsensitivelyAndSkipNulls() {
        LoopKpis k = kpis("{\"metrics\": {\"IC\": null, \"iC\": 0.04, \"Rank IC\": 0.9, \"IC_IR\": 7,"
                + " \"ic ir\": 0.3, \"ICIR\": 0.5, \"Hit_Ratio_5d\": 0.6}}");

        assertThat(k.ic().asDouble()).isEqualTo(0.04);
        assertThat(k.icIr().asDouble()).isEqualTo(0.3);
        assertThat(k.winRate().asDouble()).isEqualTo(0.6);
    }

    @Test
    void metricsAreTheWholeWindowObject() {
        LoopKpis k = kpis("{\"metrics\": {\"\": \"IC\", \"0\": 0.03, \"IC\": 0.03}}");

        assertThat(k.metrics().size()).isEqualTo(3);
        assertThat(k.ic().asDouble()).isEqualTo(0.03);
    }

    @Test
    void malformedStructureGivesNoKpis() {
        assertThat(LoopKpis.of(PythonJson.parse("{\"combinations\": [\"x\"]}", "t")).metrics()).isEmpty();
        assertThat(LoopKpis.of(PythonJson.parse("[1]", "t")).annualizedReturn()).isNull();
        assertThat(LoopKpis.of(null).metrics()).isEmpty();
        assertThat(LoopKpis.of(PythonJson.parse("{\"combinations\": [{\"windows\": [[\"annual_return\"]]}]}", "t"))
                .annualizedReturn()).isNull();
    }

    @Test
    void factorNamesAreTheUnionOfCombinationsInFirstSeenOrder() {
        JsonNode perf = PythonJson.parse("{\"combinations\": [{\"factor_names\": [\"b\", \"a\", 3]},"
                + " {\"factor_names\": [\"a\", \"c\"]}, {\"factor_names\": null}]}", "t");

        assertThat(FactorNames.of(perf)).containsExactly("b", "a", "c");
    }

    @Test
    void aCombinationThatIsNotAnObjectVoidsTheFactorNames() {
        JsonNode perf = PythonJson.parse("{\"combinations\": [{\"factor_names\": [\"a\"]}, null]}", "t");

        assertThat(FactorNames.of(perf)).isEmpty();
    }

    private static LoopKpis kpis(String window) {
        return LoopKpis.of(PythonJson.parse("{\"combinations\": [{\"windows\": [" + window + "]}]}", "test"));
    }
}
