package rdresults.factorlib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rdresults.factorlib.VerifyReport.Problem;
import rdresults.factorlib.VerifyReport.ProblemKind;
import rdresults.factorlib.VerifyReport.RiskWarning;
import rdresults.factorlib.internal.catalog.CatalogPointers;
import rdresults.factorlib.manifest.Alpha158Function;
import rdresults.factorlib.manifest.HistoryEntry;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.manifest.PublishedFunction;
import rdresults.factorlib.internal.alpha158.Alpha158ModuleWriter;
import rdresults.factorlib.internal.store.GeneratedModuleWriter;
import rdresults.factorlib.internal.python.RiskyCalls;
import rdresults.factorlib.internal.store.BundleArchive;
import rdresults.factorlib.internal.store.FactorPackageWriter;
import rdresults.factorlib.internal.Hashes;
import rdresults.factorlib.internal.store.ManifestJson;
import rdresults.factorlib.internal.store.PackageFiles;
import rdresults.factorlib.internal.store.PackageLayout;

/**
 * Checks that a package agrees with itself and with the catalogs that point into it: VERSION, manifest.json,
 * {@code generated.py} (byte for byte what the manifest renders to), every archive (checksum, manifest copy, content;
 * the committed version's archive equal to the working tree), every function's recorded sha256, and every
 * {@code impl_*} pointer of the given catalogs. Also lists risky calls in the published code. Reads only.
 */
public final class PackageVerifier {

    private final PackageLayout layout;
    private final List<Problem> problems = new ArrayList<>();
    /** Parsed archive manifests by version; empty when the archive is missing or broken. */
    private final Map<SemVer, Optional<PackageManifest>> archives = new HashMap<>();
    /** VERSION, once read; null when unreadable. */
    private SemVer committed;

    private PackageVerifier(PackageLayout layout) {
        this.layout = layout;
    }

    /**
     * Verifies the package at {@code root} and the pointers in {@code catalogs} ({@code factor_meta.json} files or
     * {@code factor_catalog.json}: JSON with a {@code factors} list).
     *
     * @throws NotAPackageException when {@code root} holds no {@code rd_factors_lib} folder at all
     */
    public static VerifyReport verify(Path root, List<Path> catalogs) {
        PackageLayout layout = new PackageLayout(root);
        if (!Files.isDirectory(layout.packageDir())) {
            throw new NotAPackageException(layout.root(), "missing " + PackageLayout.PACKAGE_DIR + "/");
        }
        return new PackageVerifier(layout).run(catalogs);
    }

    private VerifyReport run(List<Path> catalogs) {
        for (Path p : List.of(layout.pyproject(), layout.initPy(), layout.generated())) {
            if (!Files.isRegularFile(p)) {
                problem(ProblemKind.FILE_MISSING, p, "missing " + layout.root().relativize(p));
            }
        }
        SemVer version = readVersion();
        committed = version;
        Optional<PackageManifest> manifest = readManifest();
        List<RiskWarning> warnings = new ArrayList<>();
        if (manifest.isPresent()) {
            PackageManifest m = manifest.get();
            if (version != null && !m.version().equals(version)) {
                problem(ProblemKind.VERSION_MISMATCH, layout.manifest(), "manifest.json is version " + m.version()
                        + " but VERSION is " + version);
            }
            checkFunctions(m);
            checkGenerated(m);
            m.functions().forEach(f -> RiskyCalls.scan(f.source()).forEach(r -> warnings.add(new RiskWarning(
                    f.func(), f.factorName(), r.line(), r.category(), r.call(), r.text()))));
        }
        checkArchives(version, manifest);
        CatalogPointerCheck pointers = new CatalogPointerCheck(committed, this::archiveIfPresent);
        catalogs.forEach(c -> checkCatalog(c, pointers));
        return new VerifyReport(layout.root(), version, problems, warnings, pointers.legacyCount());
    }

    private SemVer readVersion() {
        if (!Files.isRegularFile(layout.versionFile())) {
            problem(ProblemKind.FILE_MISSING, layout.versionFile(), "missing rd_factors_lib/VERSION");
            return null;
        }
        try {
            return PackageFiles.readVersion(layout.versionFile());
        } catch (CorruptPackageException e) {
            problem(ProblemKind.VERSION_INVALID, layout.versionFile(), e.getMessage());
            return null;
        }
    }

    private Optional<PackageManifest> readManifest() {
        if (!Files.isRegularFile(layout.manifest())) {
            problem(ProblemKind.FILE_MISSING, layout.manifest(), "missing rd_factors_lib/manifest.json");
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestJson.read(PackageFiles.read(layout.manifest()), layout.manifest()));
        } catch (CorruptPackageException e) {
            problem(ProblemKind.MANIFEST_INVALID, layout.manifest(), e.getMessage());
            return Optional.empty();
        }
    }

    private void checkFunctions(PackageManifest m) {
        Set<String> funcs = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (PublishedFunction f : m.functions()) {
            if (!Hashes.sha256(f.source()).equals(f.sha256())) {
                problem(ProblemKind.FUNCTION_INVALID, layout.manifest(), "source of " + f.func()
                        + " does not hash to its recorded sha256 " + f.sha256());
            }
            if (!funcs.add(f.func()) || !names.add(f.factorName())) {
                problem(ProblemKind.FUNCTION_INVALID, layout.manifest(), "function " + f.func() + " or factor "
                        + f.factorName() + " appears twice");
            }
            if (f.version().compareTo(m.version()) > 0) {
                problem(ProblemKind.FUNCTION_INVALID, layout.manifest(), f.func() + " claims version "
                        + f.version() + ", newer than the manifest's " + m.version());
            }
        }
    }

    private void checkGenerated(PackageManifest m) {
        if (!Files.isRegularFile(layout.generated())) {
            return;
        }
        String expected = GeneratedModuleWriter.render(m);
        String actual = PackageFiles.readString(layout.generated());
        if (!expected.equals(actual)) {
            problem(ProblemKind.GENERATED_MISMATCH, layout.generated(), "generated.py differs from what manifest.json"
                    + " renders, first at line " + firstDifferentLine(expected, actual)
                    + " (edited by hand or tampered with; publish rewrites it)");
        }
        checkAlpha158(m);
    }

    private void checkAlpha158(PackageManifest m) {
        boolean present = Files.isRegularFile(layout.alpha158());
        if (m.alpha158().isEmpty()) {
            if (present) {
                problem(ProblemKind.GENERATED_MISMATCH, layout.alpha158(), "alpha158.py exists but manifest.json "
                        + "lists no Alpha158 function");
            }
            return;
        }
        if (!present) {
            problem(ProblemKind.FILE_MISSING, layout.alpha158(), "missing rd_factors_lib/alpha158.py");
            return;
        }
        String expected;
        try {
            expected = Alpha158ModuleWriter.render(m.alpha158());
        } catch (InvalidExpressionException e) {
            problem(ProblemKind.FUNCTION_INVALID, layout.manifest(), e.getMessage());
            return;
        }
        for (Alpha158Function f : m.alpha158()) {
            if (!Hashes.sha256(Alpha158ModuleWriter.function(f.func(), f.name(), f.expression())).equals(f.sha256())
                    || f.version().compareTo(m.version()) > 0) {
                problem(ProblemKind.FUNCTION_INVALID, layout.manifest(), f.func() + " (" + f.name()
                        + ") does not render to its recorded sha256 or claims a version newer than the manifest's");
            }
        }
        String actual = PackageFiles.readString(layout.alpha158());
        if (!expected.equals(actual)) {
            problem(ProblemKind.GENERATED_MISMATCH, layout.alpha158(), "alpha158.py differs from what manifest.json"
                    + " renders, first at line " + firstDifferentLine(expected, actual)
                    + " (edited by hand or tampered with; 'rdr factor-lib alpha158' rewrites it)");
        }
    }

    private void checkArchives(SemVer version, Optional<PackageManifest> manifest) {
        List<SemVer> archived = new FactorPackageWriter(layout).archivedVersions();
        for (SemVer v : archived) {
            if (version != null && v.compareTo(version) > 0) {
                problem(ProblemKind.ORPHAN_ARCHIVE, layout.archive(v), "archive files of version " + v
                        + " are newer than VERSION " + version + ": left by an unfinished publish");
            } else {
                archive(v);
            }
        }
        if (version == null) {
            return;
        }
        Optional<PackageManifest> latest = archive(version);
        if (latest.isPresent() && manifest.isPresent()) {
            compareWithTree(version);
        }
        manifest.ifPresent(m -> m.functions().forEach(f -> {
            requireFunction(f.version(), f.func(), f.factorName(), f.sha256(), layout.manifest());
            f.history().stream().filter(h -> h.kind() == HistoryEntry.Kind.REPLACED).forEach(h -> requireFunction(
                    h.version(), f.func(), f.factorName(), h.sha256(), layout.manifest()));
        }));
    }

    /** Checks one archive once; the parsed manifest when it is sound. */
    private Optional<PackageManifest> archive(SemVer v) {
        return archives.computeIfAbsent(v, this::checkArchive);
    }

    private Optional<PackageManifest> checkArchive(SemVer v) {
        Path zip = layout.archive(v);
        if (!Files.isRegularFile(zip)) {
            problem(ProblemKind.ARCHIVE_MISSING, zip, "no archive for version " + v);
            return Optional.empty();
        }
        byte[] bytes = PackageFiles.read(zip);
        Path checksum = layout.archiveChecksum(v);
        if (!Files.isRegularFile(checksum)) {
            problem(ProblemKind.ARCHIVE_MISSING, checksum, "no checksum file for archive " + zip.getFileName());
        } else if (!PackageFiles.readString(checksum).strip().split("\\s+", 2)[0].equals(Hashes.sha256(bytes))) {
            problem(ProblemKind.ARCHIVE_MISMATCH, zip, "archive " + zip.getFileName()
                    + " does not match its recorded sha256 (archives are immutable)");
        }
        Map<String, byte[]> files;
        try {
            files = BundleArchive.read(v, bytes);
        } catch (IOException e) {
            problem(ProblemKind.ARCHIVE_MISMATCH, zip, "unreadable archive " + zip.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
        List<String> expected = PackageLayout.tree(files.containsKey(PackageLayout.PACKAGE_DIR + "/manifest.json")
                && hasAlpha158(files.get(PackageLayout.PACKAGE_DIR + "/manifest.json"), zip));
        if (!files.keySet().equals(new HashSet<>(expected))) {
            problem(ProblemKind.ARCHIVE_MISMATCH, zip, "archive " + zip.getFileName() + " holds " + files.keySet()
                    + ", expected " + expected);
            return Optional.empty();
        }
        String versionText = new String(files.get(PackageLayout.PACKAGE_DIR + "/VERSION"), StandardCharsets.UTF_8);
        if (!versionText.strip().equals(v.toString())) {
            problem(ProblemKind.ARCHIVE_MISMATCH, zip, "archive " + zip.getFileName() + " holds VERSION "
                    + versionText.strip());
        }
        byte[] manifestBytes = files.get(PackageLayout.PACKAGE_DIR + "/manifest.json");
        Path copy = layout.archiveManifest(v);
        if (!Files.isRegularFile(copy) || !Arrays.equals(PackageFiles.read(copy), manifestBytes)) {
            problem(ProblemKind.ARCHIVE_MISMATCH, copy, copy.getFileName() + " is missing or differs from the "
                    + "manifest inside " + zip.getFileName());
        }
        try {
            return Optional.of(ManifestJson.read(manifestBytes, zip));
        } catch (CorruptPackageException e) {
            problem(ProblemKind.ARCHIVE_MISMATCH, zip, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean hasAlpha158(byte[] manifestBytes, Path zip) {
        try {
            return !ManifestJson.read(manifestBytes, zip).alpha158().isEmpty();
        } catch (CorruptPackageException e) {
            return false; // reported when the archive's manifest is read below
        }
    }

    /** The committed version's archive must hold exactly the working tree's files. */
    private void compareWithTree(SemVer version) {
        Map<String, byte[]> archived;
        try {
            archived = BundleArchive.read(version, PackageFiles.read(layout.archive(version)));
        } catch (IOException e) {
            return;
        }
        List<String> differing = new ArrayList<>();
        if (!archived.containsKey(PackageLayout.ALPHA158) && Files.exists(layout.alpha158())) {
            differing.add(PackageLayout.ALPHA158);
        }
        for (String rel : archived.keySet()) {
            Path file = layout.root().resolve(rel);
            if (!Files.isRegularFile(file) || !Arrays.equals(PackageFiles.read(file), archived.get(rel))) {
                differing.add(rel);
            }
        }
        if (!differing.isEmpty()) {
            problem(ProblemKind.ARCHIVE_MISMATCH, layout.archive(version), "working tree differs from archive "
                    + layout.archive(version).getFileName() + " in " + String.join(", ", differing));
        }
    }

    private void requireFunction(SemVer v, String func, String factorName, String sha256, Path referrer) {
        Optional<PackageManifest> m = archive(v);
        if (m.isEmpty()) {
            return;
        }
        Optional<PublishedFunction> f = m.get().findByFunc(func);
        if (f.isEmpty() || !f.get().sha256().equals(sha256) || !f.get().factorName().equals(factorName)) {
            problem(ProblemKind.ARCHIVE_MISMATCH, layout.archive(v), referrer.getFileName() + " says " + func
                    + " (" + factorName + ") had sha256 " + sha256 + " in version " + v
                    + ", but that archive does not hold it");
        }
    }

    private void checkCatalog(Path catalog, CatalogPointerCheck pointers) {
        for (CatalogPointers.Pointer p : CatalogPointers.read(catalog, this::catalogProblem)) {
            pointers.check(catalog, p, (file, message) -> problem(ProblemKind.DANGLING_POINTER, file, message));
        }
    }

    /** A version without any archive file is the pointer's fault, not an archive problem to report. */
    private Optional<PackageManifest> archiveIfPresent(SemVer v) {
        return Files.exists(layout.archive(v)) ? archive(v) : Optional.empty();
    }

    private void catalogProblem(Path catalog, String message) {
        problem(ProblemKind.CATALOG_INVALID, catalog, message);
    }

    private void problem(ProblemKind kind, Path path, String message) {
        problems.add(new Problem(kind, path, message));
    }

    private static int firstDifferentLine(String a, String b) {
        List<String> la = a.lines().toList();
        List<String> lb = b.lines().toList();
        int n = Math.min(la.size(), lb.size());
        for (int i = 0; i < n; i++) {
            if (!la.get(i).equals(lb.get(i))) {
                return i + 1;
            }
        }
        return n + 1;
    }
}
