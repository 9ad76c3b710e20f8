package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** A factor page: its record per source, the loops that used it, and its function in the factor package. */
@TemplateData
public record FactorPage(String name, List<Source> sources, List<LoopRow> loops, PackageFunction function,
                         String packageNote) {

    public FactorPage {
        sources = List.copyOf(sources);
        loops = List.copyOf(loops);
    }

    /** One catalog record of the factor. */
    @TemplateData
    public record Source(String source, String description, String formulaHint, String expression,
                         List<ViewParts.KeyValue> variables, String inputSchema, String bestPerformance,
                         List<String> tags, String implModule, String implFunc, String implVersion,
                         String createdAt, String experimentId) {

        public Source {
            variables = List.copyOf(variables);
            tags = List.copyOf(tags);
        }

        /** The Python line that imports the implementation, or "" when the record has no pointer. */
        public String importLine() {
            return implModule.isEmpty() || implFunc.isEmpty() ? "" : "from " + implModule + " import " + implFunc;
        }
    }

    /** The factor's function in the configured package: the current source and every version it went through. */
    @TemplateData
    public record PackageFunction(String func, String version, String publishedAt, String origin, String source,
                                  List<ViewParts.KeyValue> versions) {

        public PackageFunction {
            versions = List.copyOf(versions);
        }
    }
}
