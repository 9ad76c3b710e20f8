package rdresults.cli.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RegistryOptions;
import rdresults.cli.TextTable;
import rdresults.cli.VerbosityOptions;
import rdresults.model.PythonJson;
import rdresults.registry.RegistryReader;
import rdresults.registry.query.Page;
import rdresults.registry.query.PageRequest;

/**
 * A paged listing of one registry table: builds the query from the options (so bad options fail before the
 * registry is opened), reads one page, prints it as a table or as {@code {"items": [...], "next_cursor": ...}}.
 */
abstract class RegistryListCommand<T> implements Callable<Integer> {

    /** Reads one page with a query already built from the options. */
    @FunctionalInterface
    interface Lister<T> {
        Page<T> list(RegistryReader reader, PageRequest page);
    }

    private static final Logger LOG = Logger.getLogger(RegistryListCommand.class);

    @Mixin
    RegistryOptions registry;

    @Mixin
    ListFilterOptions filters;

    @Mixin
    PageOptions paging;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    /** Builds the query from the options; may throw {@code InvalidQueryException}. */
    abstract Lister<T> lister();

    /** One row as JSON, keys named like the registry's columns. */
    abstract JsonNode toJson(T row);

    /** The human view's columns. */
    abstract TextTable<T> table();

    @Override
    public Integer call() {
        Lister<T> lister = lister();
        PageRequest request = paging.toRequest();
        Page<T> page;
        try (RegistryReader reader = registry.openReader()) {
            page = lister.list(reader, request);
        }
        LOG.infof("%s: %d rows%s", spec.qualifiedName(), page.items().size(),
                page.hasMore() ? ", more on the next page" : "");
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            ObjectNode root = PythonJson.nodes().objectNode();
            ArrayNode items = root.putArray("items");
            page.items().forEach(row -> items.add(toJson(row)));
            root.put("next_cursor", page.nextCursor());
            output.printJson(out, root);
        } else {
            table().print(out, page.items());
            if (page.hasMore()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("more rows: next page with --cursor " + page.nextCursor());
                err.flush();
            }
        }
        return ExitCodes.OK;
    }
}
