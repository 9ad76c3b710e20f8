package rdresults.factorlib;

import java.nio.file.Path;
import java.util.List;
import rdresults.model.LoopKey;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/** A publisher in its own JVM, for the cross-process concurrency test: {@code LIB DB TASK_RUN_ID LOOP_ID}. */
public final class PublishMain {

    private PublishMain() {
    }

    public static void main(String[] args) {
        Path lib = Path.of(args[0]);
        Path db = Path.of(args[1]);
        LoopKey loop = new LoopKey(args[2], Long.parseLong(args[3]));
        FactorPackage pkg = FactorPackage.open(lib);
        try (RegistryReader registry = RegistryReader.open(db)) {
            PublishResult r = FactorPublisher.create(pkg, registry, WorkspaceLocator.forRegistry(db, List.of()))
                    .publish(PublishRequest.loops(List.of(loop), Bump.PATCH));
            System.out.println(r.before() + " -> " + r.after() + " written " + r.written().size());
        }
    }
}
