package rdresults.cli.export;

import picocli.CommandLine.Option;
import rdresults.export.LoopCatalogOptions;

/** Which loops the loop catalog exports: {@code --limit N}, {@code --solidified-only}. */
public final class LoopSelectionOptions {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Keep only the N most recently started entries of the selection; 0 (default) for all.")
    int limit;

    @Option(names = "--solidified-only",
            description = "The Python exporter's selection: solidified loops with an asset bundle whose workspace "
                    + "passes every gate. Default: every loop with a result, failed gates listed in 'missing'.")
    boolean solidifiedOnly;

    LoopCatalogOptions toOptions() {
        return new LoopCatalogOptions(limit, solidifiedOnly);
    }
}
