package rdresults.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

@TopCommand
@Command(name = "rdr", mixinStandardHelpOptions = true, description = "RD-Agent results: registry, exports")
public class RdrCommand {
}
