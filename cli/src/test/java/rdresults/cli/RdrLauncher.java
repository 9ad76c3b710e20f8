package rdresults.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.WriterHandler;
import picocli.CommandLine;

/**
 * Runs {@code rdr} commands in-process, in the application that one {@code @QuarkusTest} boot starts for the whole
 * test run: each launch builds a fresh command tree with the application's own factory and wiring
 * ({@link CommandLineProducer#configure}), with stdout and stderr captured. Log records (warnings, {@code -v}) go
 * to the captured stderr in the console format, as the packaged jar prints them. A launch costs milliseconds where
 * {@code @QuarkusMainTest} started the application anew for every launch.
 *
 * <p>Usage: annotate the test class {@code @QuarkusTest}, add {@code @Inject RdrLauncher launcher;} and call
 * {@code launcher.launch("registry", "stats", "--json")}; the result has the exit code, stdout and stderr
 * ({@link LaunchResult}). Porting a {@code @QuarkusMainTest}: swap the annotation, drop the
 * {@code QuarkusMainLauncher} parameters, inject this. What only the packaged jar shows (the launcher script, JVM
 * options, the process's exit) belongs in the packaged smoke tests of {@code integration-tests}.
 */
@Singleton
public class RdrLauncher implements QuarkusMainLauncher {

    private final PicocliCommandLineFactory factory;
    private final String logFormat;

    @Inject
    RdrLauncher(PicocliCommandLineFactory factory, @ConfigProperty(name = "quarkus.log.console.format") String logFormat) {
        this.factory = factory;
        this.logFormat = logFormat;
    }

    @Override
    public Result launch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err, true);
        Handler logs = logHandler(errWriter);
        Logger root = Logger.getLogger("");
        root.addHandler(logs);
        int exitCode;
        try {
            exitCode = CommandLineProducer.configure(factory.create(), new PrintWriter(out, true), errWriter)
                    .execute(args);
        } finally {
            root.removeHandler(logs);
            logs.flush();
        }
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** A command line for one command object, built with the application's factory (for tests of its options). */
    public CommandLine commandLine(Object command) {
        return new CommandLine(command, factory.create().getFactory());
    }

    private Handler logHandler(PrintWriter err) {
        WriterHandler handler = new WriterHandler();
        handler.setWriter(err);
        handler.setFormatter(new PatternFormatter(logFormat));
        handler.setLevel(Level.ALL);
        handler.setAutoFlush(true);
        return handler;
    }

    /** One launch: exit code, stdout, stderr. Lines are split as the {@code @QuarkusMainTest} launcher splits them. */
    public record Result(int exitCode, String stdout, String stderr) implements LaunchResult {

        @Override
        public List<String> getOutputStream() {
            return stdout.lines().toList();
        }

        @Override
        public List<String> getErrorStream() {
            return stderr.lines().toList();
        }

        @Override
        public String getOutput() {
            return String.join("\n", getOutputStream());
        }

        @Override
        public String getErrorOutput() {
            return String.join("\n", getErrorStream());
        }
    }
}
