package rdresults.factorlib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.internal.store.BundleArchive;
import rdresults.factorlib.internal.store.FactorPackageWriter;
import rdresults.factorlib.internal.Hashes;
import rdresults.factorlib.internal.store.ManifestJson;
import rdresults.factorlib.internal.store.PackageFiles;
import rdresults.factorlib.internal.store.PackageLayout;
import rdresults.factorlib.internal.store.PackageLock;
import rdresults.factorlib.internal.store.PackageTemplates;
import rdresults.model.IsoTimestamps;

/**
 * A shared factor package root ({@code rd_factors_lib}): creating one, reading its committed version and manifest,
 * listing archived versions and handing out their bundles. Publishing goes through {@link FactorPublisher}.
 *
 * <p>Readers take no lock: every file is replaced atomically and archives never change. Writers serialize on
 * {@code ROOT/.rd_factors_lib.lock} (across processes) and on this object's lock (across threads sharing it).
 * Layout: see {@link PackageLayout}.
 */
public final class FactorPackage {

    /** The version {@link #init(Path)} starts from. */
    public static final SemVer INITIAL_VERSION = new SemVer(0, 1, 0);

    private final PackageLayout layout;
    private final PackageSettings settings;
    private final ReentrantLock threadLock = new ReentrantLock();

    private FactorPackage(PackageLayout layout, PackageSettings settings) {
        this.layout = layout;
        this.settings = settings;
    }

    /** {@link #init(Path, SemVer, PackageSettings)} at {@link #INITIAL_VERSION} with default settings. */
    public static FactorPackage init(Path root) {
        return init(root, INITIAL_VERSION, PackageSettings.defaults());
    }

    /**
     * Creates a package at {@code root} (the folder is created if missing): {@code pyproject.toml},
     * {@code rd_factors_lib/__init__.py}, an empty {@code generated.py}, {@code manifest.json}, {@code VERSION} =
     * {@code initialVersion} and that version's archive.
     *
     * @throws PackageExistsException when {@code root} already holds any of those files or {@code versions/};
     *                                nothing is written then
     */
    public static FactorPackage init(Path root, SemVer initialVersion, PackageSettings settings) {
        Objects.requireNonNull(initialVersion, "initialVersion");
        FactorPackage pkg = new FactorPackage(new PackageLayout(root), settings);
        PackageLayout layout = pkg.layout;
        try {
            Files.createDirectories(layout.root());
        } catch (IOException e) {
            throw new FactorLibIoException(layout.root(), "create package root", e);
        }
        pkg.withLock(() -> {
            for (Path p : List.of(layout.pyproject(), layout.packageDir(), layout.versionsDir())) {
                if (Files.exists(p)) {
                    throw new PackageExistsException(layout.root(), p);
                }
            }
            PackageFiles.write(layout.pyproject(), PackageTemplates.PYPROJECT);
            PackageFiles.write(layout.initPy(), PackageTemplates.INIT_PY);
            new FactorPackageWriter(layout).commit(
                    new PackageManifest(initialVersion, IsoTimestamps.now(settings.clock()), List.of()));
            return null;
        });
        return pkg;
    }

    /** {@link #open(Path, PackageSettings)} with default settings. */
    public static FactorPackage open(Path root) {
        return open(root, PackageSettings.defaults());
    }

    /**
     * Opens an existing package.
     *
     * @throws NotAPackageException when {@code root} lacks {@code rd_factors_lib/VERSION} or {@code manifest.json}
     */
    public static FactorPackage open(Path root, PackageSettings settings) {
        PackageLayout layout = new PackageLayout(root);
        for (Path p : List.of(layout.versionFile(), layout.manifest())) {
            if (!Files.isRegularFile(p)) {
                throw new NotAPackageException(layout.root(), "missing " + layout.root().relativize(p));
            }
        }
        return new FactorPackage(layout, settings);
    }

    public Path root() {
        return layout.root();
    }

    /**
     * The committed version (the content of VERSION).
     *
     * @throws CorruptPackageException when VERSION is not strict semver
     */
    public SemVer currentVersion() {
        return PackageFiles.readVersion(layout.versionFile());
    }

    /** The manifest of the working tree ({@code rd_factors_lib/manifest.json}). */
    public PackageManifest manifest() {
        return ManifestJson.read(PackageFiles.read(layout.manifest()), layout.manifest());
    }

    /** Every committed version that has an archive, oldest first. */
    public List<PackageVersion> versions() {
        SemVer current = currentVersion();
        List<PackageVersion> out = new ArrayList<>();
        for (SemVer v : new FactorPackageWriter(layout).archivedVersions()) {
            // a version above VERSION is the leftover of an unfinished publish, never committed
            if (v.compareTo(current) <= 0 && Files.isRegularFile(layout.archive(v))
                    && Files.isRegularFile(layout.archiveManifest(v))) {
                out.add(describe(v));
            }
        }
        return out;
    }

    /**
     * The archive of {@code version}.
     *
     * @throws UnknownVersionException when the package never committed that version
     */
    public Bundle bundle(SemVer version) {
        Path archive = layout.archive(version);
        if (version.compareTo(currentVersion()) > 0 || !Files.isRegularFile(archive)) {
            throw new UnknownVersionException(layout.root(), version);
        }
        byte[] bytes = PackageFiles.read(archive);
        return new Bundle(version, archive, BundleArchive.fileName(version), Hashes.sha256(bytes), bytes.length);
    }

    /** The archive of the committed version. */
    public Bundle latestBundle() {
        return bundle(currentVersion());
    }

    private PackageVersion describe(SemVer v) {
        PackageManifest m = ManifestJson.read(PackageFiles.read(layout.archiveManifest(v)), layout.archiveManifest(v));
        Path checksum = layout.archiveChecksum(v);
        String sha = Files.isRegularFile(checksum)
                ? PackageFiles.readString(checksum).strip().split("\\s+", 2)[0]
                : Hashes.sha256(PackageFiles.read(layout.archive(v)));
        try {
            return new PackageVersion(v, m.createdAtUtc(), m.functions().size(), sha, Files.size(layout.archive(v)));
        } catch (IOException e) {
            throw new FactorLibIoException(layout.archive(v), "stat", e);
        }
    }

    PackageLayout layout() {
        return layout;
    }

    PackageSettings settings() {
        return settings;
    }

    /** Runs {@code work} holding this object's lock and the package's file lock. */
    @SuppressWarnings("try") // the lock is held for the block, never used in it
    <T> T withLock(Supplier<T> work) {
        threadLock.lock();
        try (PackageLock ignored = PackageLock.acquire(layout.lockFile(), settings.lockTimeout())) {
            return work.get();
        } finally {
            threadLock.unlock();
        }
    }
}
