package rdresults.api.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The console's templates ({@code templates/console/*.html}), checked against these parameters at build time. */
@CheckedTemplate(basePath = "console")
final class Pages {

    private Pages() {
    }

    static native TemplateInstance overview(Overview overview);

    static native TemplateInstance factors(ListState state, Paged<FactorRow> table, List<String> sources,
                                           List<String> tags);

    static native TemplateInstance factor(FactorPage factor);

    static native TemplateInstance strategies(ListState state, Paged<StrategyRow> table, List<String> actions);

    static native TemplateInstance strategy(StrategyPage strategy);

    static native TemplateInstance loops(ListState state, Paged<LoopRow> table, List<String> taskRuns,
                                         List<String> statuses);

    static native TemplateInstance loop(LoopPage loop);

    static native TemplateInstance compare(List<LoopRow> loops, String problem);

    static native TemplateInstance taskRuns(List<TaskRunRow> runs);

    static native TemplateInstance signIn(String problem, String next);

    static native TemplateInstance notFound(String what);
}
