package rdresults.factorlib.internal.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rdresults.factorlib.SemVer;

/**
 * Where every file of a package root lives:
 * <pre>
 * ROOT/pyproject.toml                  pip install -e ROOT
 * ROOT/rd_factors_lib/__init__.py      __version__ read from VERSION
 * ROOT/rd_factors_lib/generated.py     rendered from manifest.json
 * ROOT/rd_factors_lib/alpha158.py      rendered from manifest.json, when it lists Alpha158 functions
 * ROOT/rd_factors_lib/VERSION          MAJOR.MINOR.PATCH + newline; written last, so it marks the committed version
 * ROOT/rd_factors_lib/manifest.json    functions, sha256, origins, history, sources
 * ROOT/versions/V.zip                  immutable archive of version V (deterministic bytes)
 * ROOT/versions/V.zip.sha256           sha256sum line for the archive
 * ROOT/versions/V.manifest.json        copy of that version's manifest, for listing without opening zips
 * ROOT/.rd_factors_lib.lock            lock file; never deleted
 * </pre>
 * Archive paths are only ever built from a parsed {@link SemVer}, never from raw text.
 */
public record PackageLayout(Path root) {

    public static final String PACKAGE_DIR = "rd_factors_lib";

    /** Relative paths of the files one version consists of (the archive holds exactly these). */
    public static final List<String> TREE = List.of("pyproject.toml", PACKAGE_DIR + "/VERSION",
            PACKAGE_DIR + "/__init__.py", PACKAGE_DIR + "/generated.py", PACKAGE_DIR + "/manifest.json");
    /** Relative path of {@code alpha158.py}, part of a version only when its manifest lists Alpha158 functions. */
    public static final String ALPHA158 = PACKAGE_DIR + "/alpha158.py";
    private static final Pattern ARCHIVE_FILE =
            Pattern.compile("(\\d+\\.\\d+\\.\\d+)\\.(?:zip|zip\\.sha256|manifest\\.json)");

    public PackageLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path packageDir() {
        return root.resolve(PACKAGE_DIR);
    }

    public Path pyproject() {
        return root.resolve("pyproject.toml");
    }

    public Path initPy() {
        return packageDir().resolve("__init__.py");
    }

    public Path generated() {
        return packageDir().resolve("generated.py");
    }

    public Path alpha158() {
        return packageDir().resolve("alpha158.py");
    }

    /** The files of a version: {@link #TREE}, plus {@link #ALPHA158} when {@code withAlpha158}. */
    public static List<String> tree(boolean withAlpha158) {
        if (!withAlpha158) {
            return TREE;
        }
        List<String> out = new java.util.ArrayList<>(TREE);
        out.add(out.indexOf(PACKAGE_DIR + "/generated.py") + 1, ALPHA158);
        return List.copyOf(out);
    }

    public Path versionFile() {
        return packageDir().resolve("VERSION");
    }

    public Path manifest() {
        return packageDir().resolve("manifest.json");
    }

    public Path versionsDir() {
        return root.resolve("versions");
    }

    public Path lockFile() {
        return root.resolve(".rd_factors_lib.lock");
    }

    public Path archive(SemVer v) {
        return versionsDir().resolve(v + ".zip");
    }

    public Path archiveChecksum(SemVer v) {
        return versionsDir().resolve(v + ".zip.sha256");
    }

    public Path archiveManifest(SemVer v) {
        return versionsDir().resolve(v + ".manifest.json");
    }

    /** The version an archive file's name ({@code V.zip}, {@code V.zip.sha256}, {@code V.manifest.json}) stands for. */
    public static Optional<SemVer> versionOfArchiveFile(Path file) {
        Matcher m = ARCHIVE_FILE.matcher(file.getFileName().toString());
        return m.matches() && SemVer.isValid(m.group(1)) ? Optional.of(SemVer.parse(m.group(1)))
                : Optional.empty();
    }
}
