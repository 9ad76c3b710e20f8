package rdresults.factorlib.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rdresults.factorlib.SemVer;

/**
 * What one package version contains ({@code rd_factors_lib/manifest.json}): its version, when it was created,
 * every published function with its sha256, origin, history and source, and the Alpha158 functions (empty when the
 * package has no {@code alpha158.py}). {@code generated.py} and {@code alpha158.py} are rendered from it alone, so
 * the manifest is the package's source of truth and {@code verify} can compare them byte for byte.
 */
public record PackageManifest(SemVer version, String createdAtUtc, List<PublishedFunction> functions,
                              List<Alpha158Function> alpha158) {

    /** Format of a manifest without Alpha158 functions (what every rdr reads). */
    public static final int FORMAT = 1;
    /**
     * Format of a manifest with Alpha158 functions: a reader of format 1 would drop them when publishing, so it
     * must refuse such a file.
     */
    public static final int FORMAT_WITH_ALPHA158 = 2;

    public PackageManifest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(createdAtUtc, "createdAtUtc");
        functions = List.copyOf(functions);
        alpha158 = List.copyOf(alpha158);
    }

    /** A manifest without Alpha158 functions. */
    public PackageManifest(SemVer version, String createdAtUtc, List<PublishedFunction> functions) {
        this(version, createdAtUtc, functions, List.of());
    }

    /** The same functions in version {@code next}, created at {@code createdAtUtc}, with {@code newAlpha158}. */
    public PackageManifest withAlpha158(SemVer next, String createdAtUtc, List<Alpha158Function> newAlpha158) {
        return new PackageManifest(next, createdAtUtc, functions, newAlpha158);
    }

    public Optional<Alpha158Function> findAlpha158(String name) {
        return alpha158.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<PublishedFunction> findByFactorName(String factorName) {
        return functions.stream().filter(f -> f.factorName().equals(factorName)).findFirst();
    }

    public Optional<PublishedFunction> findByFunc(String func) {
        return functions.stream().filter(f -> f.func().equals(func)).findFirst();
    }

    /** Function names in file order. */
    public List<String> funcNames() {
        List<String> out = new ArrayList<>(functions.size());
        functions.forEach(f -> out.add(f.func()));
        return out;
    }
}
