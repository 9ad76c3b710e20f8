package rdresults.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import picocli.CommandLine.Option;
import rdresults.model.PythonJson;

/** How a command prints its result: an aligned human view (default) or JSON. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print JSON on stdout instead of the human view.")
    boolean json;

    public boolean isJson() {
        return json;
    }

    /** Prints {@code node} as indented JSON (two spaces, UTF-8 text kept, non-finite numbers as null). */
    public void printJson(PrintWriter out, JsonNode node) {
        out.println(PythonJson.dumpIndented(node));
        out.flush();
    }
}
