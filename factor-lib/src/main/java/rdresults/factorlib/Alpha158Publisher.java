package rdresults.factorlib;

import java.util.List;
import org.jboss.logging.Logger;
import rdresults.factorlib.internal.alpha158.Alpha158Planner;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.internal.store.FactorPackageWriter;
import rdresults.model.IsoTimestamps;

/**
 * Writes {@code rd_factors_lib/alpha158.py}: the given Alpha158 expressions translated into pandas, committed like
 * every other change of the package (one version bump, manifest, archive) under the package lock. Running it again
 * with the same expressions changes nothing and makes no version.
 */
public final class Alpha158Publisher {

    private static final Logger LOG = Logger.getLogger(Alpha158Publisher.class);

    /** What a run did; {@code after} equals {@code before} when nothing changed. */
    public record Result(SemVer before, SemVer after, int functions, List<String> added, List<String> changed,
                         List<String> removed) {
        public Result {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }

        public boolean isChanged() {
            return !after.equals(before);
        }
    }

    private Alpha158Publisher() {
    }

    /**
     * Makes {@code definitions} the package's Alpha158 functions.
     *
     * @throws InvalidExpressionException when an expression cannot be translated (nothing is written then)
     * @throws PackageLockedException     another publisher kept the lock past the configured wait
     */
    public static Result publish(FactorPackage pkg, List<Alpha158Definition> definitions, Bump bump) {
        return pkg.withLock(() -> {
            FactorPackageWriter writer = new FactorPackageWriter(pkg.layout());
            PackageManifest current = writer.recover();
            Alpha158Planner.Plan plan = Alpha158Planner.plan(current, definitions, bump,
                    IsoTimestamps.now(pkg.settings().clock()));
            plan.next().ifPresent(writer::commit);
            SemVer after = plan.next().map(PackageManifest::version).orElse(current.version());
            LOG.infof("factor package %s: alpha158 %s -> %s, %d functions (%d added, %d changed, %d removed)",
                    pkg.root(), current.version(), after, plan.functions(), plan.added().size(),
                    plan.changed().size(), plan.removed().size());
            return new Result(current.version(), after, plan.functions(), plan.added(), plan.changed(),
                    plan.removed());
        });
    }
}
