package rdresults.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A loop's headline metrics as the loop catalog holds them. */
@TemplateData
public record Kpis(Num annualizedReturn, Num maxDrawdown, Num sharpe, Num ic, Num icIr, Num winRate) {

    static final Kpis NONE = new Kpis(Num.NONE, Num.NONE, Num.NONE, Num.NONE, Num.NONE, Num.NONE);

    /** The sortable metrics by URL name, in the order tables show them. */
    static final Map<String, Function<Kpis, Num>> BY_NAME = Map.of(
            "annualized_return", Kpis::annualizedReturn, "max_drawdown", Kpis::maxDrawdown,
            "sharpe", Kpis::sharpe, "ic", Kpis::ic, "ic_ir", Kpis::icIr, "win_rate", Kpis::winRate);
    static final List<String> NAMES = List.of("annualized_return", "max_drawdown", "sharpe", "ic", "ic_ir",
            "win_rate");

    static Kpis of(JsonNode loop) {
        return new Kpis(Num.percent(loop.get("annualized_return")), Num.percent(loop.get("max_drawdown")),
                Num.ratio(loop.get("sharpe")), Num.ratio(loop.get("ic")), Num.ratio(loop.get("ic_ir")),
                Num.percent(loop.get("win_rate")));
    }
}
