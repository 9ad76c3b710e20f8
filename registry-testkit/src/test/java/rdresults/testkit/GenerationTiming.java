package rdresults.testkit;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * Manual measurement, not a test: generates a registry and prints the elapsed time.
 *
 * <pre>
 * java -cp registry/target/classes:registry/target/test-classes:$(cat cp.txt) \
 *     rdresults.testkit.GenerationTiming /tmp/big 20 500 [all-edge-cases]
 * </pre>
 */
public final class GenerationTiming {

    private GenerationTiming() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int loops = Integer.parseInt(args[2]);
        Set<EdgeCase> cases = args.length > 3 ? EnumSet.complementOf(EnumSet.of(EdgeCase.LEGACY_SCHEMA)) : Set.of();
        SyntheticRegistryOptions options = SyntheticRegistryOptions.defaults().withSize(runs, loops)
                .withEdgeCases(cases);
        long start = System.nanoTime();
        GeneratedRegistry registry = SyntheticRegistryGenerator.of(options).generate(out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(registry.counts());
        System.out.println("generated " + runs + "x" + loops + " in " + millis + " ms");
    }
}
