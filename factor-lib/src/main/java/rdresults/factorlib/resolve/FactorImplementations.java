package rdresults.factorlib.resolve;

import java.nio.file.Path;
import java.util.Optional;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.internal.store.ManifestJson;

/**
 * Resolves catalog entries against one committed state of a factor package: which function of the package
 * implements a factor now, and how the entry's recorded pointer relates to it ({@link ImplementationStatus}).
 * Alpha158 entries (source {@value #ALPHA158_SOURCE}) resolve against {@code rd_factors_lib.alpha158}, all others
 * against {@code rd_factors_lib.generated} by factor name.
 */
public final class FactorImplementations {

    /** The source of Alpha158 entries in {@code alpha158_meta.json} and the factor catalog. */
    public static final String ALPHA158_SOURCE = "qlib_alpha158";

    private final PackageManifest manifest;

    private FactorImplementations(PackageManifest manifest) {
        this.manifest = manifest;
    }

    /** Resolution against {@code manifest} (a package's committed manifest). */
    public static FactorImplementations of(PackageManifest manifest) {
        return new FactorImplementations(manifest);
    }

    /**
     * Resolution against the package at {@code root}, as committed now.
     *
     * @throws rdresults.factorlib.NotAPackageException    when {@code root} holds no package
     * @throws rdresults.factorlib.CorruptPackageException when its manifest is unreadable
     */
    public static FactorImplementations open(Path root) {
        return new FactorImplementations(FactorPackage.open(root).manifest());
    }

    /** The package version resolved against. */
    public SemVer packageVersion() {
        return manifest.version();
    }

    /** The package's function for the entry named {@code name} with source {@code source} (may be null). */
    public Optional<ResolvedImplementation> find(String name, String source) {
        if (ALPHA158_SOURCE.equals(source)) {
            return manifest.findAlpha158(name).map(f -> new ResolvedImplementation(ManifestJson.ALPHA158_MODULE,
                    f.func(), f.version(), f.sha256(), null));
        }
        return manifest.findByFactorName(name).map(f -> new ResolvedImplementation(ManifestJson.MODULE, f.func(),
                f.version(), f.sha256(), f.origin()));
    }

    /**
     * The entry's implementation and its pointer's status: {@code none} without a pointer, {@code legacy} when its
     * version is no package version, {@code missing} when the package has no function for the factor or the pointer
     * names another function or a version the package never committed, {@code stale} when it names the function at a
     * version before its current code, else {@code current}.
     */
    public Resolution resolve(String name, String source, ImplementationPointer recorded) {
        ResolvedImplementation impl = find(name, source).orElse(null);
        return new Resolution(impl, status(impl, recorded));
    }

    private ImplementationStatus status(ResolvedImplementation impl, ImplementationPointer p) {
        if (p.isAbsent()) {
            return ImplementationStatus.NONE;
        }
        if (!SemVer.isValid(p.version())) {
            return ImplementationStatus.LEGACY;
        }
        if (impl == null || !impl.module().equals(p.module()) || !impl.func().equals(p.func())) {
            return ImplementationStatus.MISSING;
        }
        SemVer v = SemVer.parse(p.version());
        if (v.compareTo(manifest.version()) > 0) {
            return ImplementationStatus.MISSING;
        }
        return v.compareTo(impl.version()) < 0 ? ImplementationStatus.STALE : ImplementationStatus.CURRENT;
    }
}
