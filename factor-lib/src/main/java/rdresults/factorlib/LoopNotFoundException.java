package rdresults.factorlib;

import java.nio.file.Path;
import rdresults.model.FailureCategory;
import rdresults.model.LoopKey;

/** A loop named for publishing is not in the registry. */
public final class LoopNotFoundException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    private final LoopKey loop;

    public LoopNotFoundException(Path registry, LoopKey loop) {
        super(registry, "loop " + loop + " not found in registry " + registry);
        this.loop = loop;
    }

    public LoopKey loop() {
        return loop;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.NOT_FOUND;
    }
}
