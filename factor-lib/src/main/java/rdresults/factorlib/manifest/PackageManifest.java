package rdresults.factorlib.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rdresults.factorlib.SemVer;

/**
 * What one package version contains ({@code rd_factors_lib/manifest.json}): its version, when it was created and
 * every function with its sha256, origin, history and source. {@code generated.py} is rendered from it alone, so
 * the manifest is the package's source of truth and {@code verify} can compare the two byte for byte.
 */
public record PackageManifest(SemVer version, String createdAtUtc, List<PublishedFunction> functions) {

    /** Format of the file; bump when a reader of an older format would misread a newer file. */
    public static final int FORMAT = 1;

    public PackageManifest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(createdAtUtc, "createdAtUtc");
        functions = List.copyOf(functions);
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
