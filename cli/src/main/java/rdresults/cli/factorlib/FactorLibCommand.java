package rdresults.cli.factorlib;

import picocli.CommandLine.Command;
import rdresults.cli.CommandGroup;
import rdresults.cli.RdrVersionProvider;

/** {@code rdr factor-lib}: the shared factor package {@code rd_factors_lib}. */
@Command(name = "factor-lib", mixinStandardHelpOptions = true,
        versionProvider = RdrVersionProvider.class,
        description = {"Create, publish into, list, bundle and verify the shared factor package rd_factors_lib; translate "
                + "Alpha158 into it.",
            "SECURITY: published functions run LLM-written code when called; audit it ('verify' lists risky calls) "
                + "and set RD_FACTORS_LIB_DISABLE_EXEC=1 where it must not run."},
        subcommands = {InitCommand.class, PublishCommand.class, VersionsCommand.class, BundleCommand.class,
                VerifyCommand.class, Alpha158Command.class})
public class FactorLibCommand extends CommandGroup {
}
