package rdresults.factorlib;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import rdresults.factorlib.internal.catalog.CatalogPointers;
import rdresults.factorlib.manifest.Alpha158Function;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.manifest.PublishedFunction;
import rdresults.factorlib.internal.store.ManifestJson;

/**
 * Sorts the {@code impl_*} pointers of a catalog into errors and history. History: a pointer whose version is no
 * package version at all (the date-style {@code 20251013} older tools wrote), counted, not listed. Errors: a
 * package-version pointer that names another module, a version the package never committed, or a function that
 * version does not hold for that factor.
 */
final class CatalogPointerCheck {

    /** Reports one dangling pointer: the catalog and the message. */
    interface Problems {
        void dangling(Path catalog, String message);
    }

    private final SemVer committed;
    private final Function<SemVer, Optional<PackageManifest>> archives;
    private int legacy;

    /**
     * @param committed the package's VERSION; null when unreadable (every pointer then dangles)
     * @param archives  the sound archive manifest of a version, empty when it has none
     */
    CatalogPointerCheck(SemVer committed, Function<SemVer, Optional<PackageManifest>> archives) {
        this.committed = committed;
        this.archives = archives;
    }

    void check(Path catalog, CatalogPointers.Pointer p, Problems problems) {
        if (!SemVer.isValid(p.version())) {
            legacy++;
            return;
        }
        dangling(p).ifPresent(reason -> problems.dangling(catalog, "factor " + p.factorName() + ": impl "
                + p.module() + "." + p.func() + " @ " + p.version() + " " + reason));
    }

    /** Pointers seen so far that are history, not errors. */
    int legacyCount() {
        return legacy;
    }

    private Optional<String> dangling(CatalogPointers.Pointer p) {
        boolean alpha158 = ManifestJson.ALPHA158_MODULE.equals(p.module());
        if (!alpha158 && !ManifestJson.MODULE.equals(p.module())) {
            return Optional.of("names module " + p.module() + ", not " + ManifestJson.MODULE + " or "
                    + ManifestJson.ALPHA158_MODULE);
        }
        SemVer v = SemVer.parse(p.version());
        if (committed == null || v.compareTo(committed) > 0) {
            return Optional.of("names a version the package has not committed");
        }
        Optional<PackageManifest> m = archives.apply(v);
        if (m.isEmpty()) {
            return Optional.of("names a version without a sound archive");
        }
        if (alpha158) {
            Optional<Alpha158Function> f = m.get().alpha158().stream().filter(a -> a.func().equals(p.func()))
                    .findFirst();
            if (f.isEmpty()) {
                return Optional.of("names a function that version " + v + " does not have");
            }
            return f.get().name().equals(p.factorName()) ? Optional.empty()
                    : Optional.of("names the function of factor " + f.get().name());
        }
        Optional<PublishedFunction> f = m.get().findByFunc(p.func());
        if (f.isEmpty()) {
            return Optional.of("names a function that version " + v + " does not have");
        }
        if (!f.get().factorName().equals(p.factorName())) {
            return Optional.of("names the function of factor " + f.get().factorName());
        }
        return Optional.empty();
    }
}
