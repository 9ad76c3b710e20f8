package rdresults.factorlib.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import rdresults.factorlib.CorruptPackageException;
import rdresults.factorlib.FactorLibIoException;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.internal.Hashes;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.internal.alpha158.Alpha158ModuleWriter;

/**
 * Commits package versions. Callers hold the package lock. Order of writes, chosen so a crash at any point leaves
 * either the old version or the new one recognisable: (1) the archive files of the new version, (2)
 * {@code generated.py}, (3) {@code manifest.json}, (4) {@code VERSION}, the commit point. {@link #recover} undoes
 * the traces of a publish that died before (4).
 */
public final class FactorPackageWriter {

    private static final Logger LOG = Logger.getLogger(FactorPackageWriter.class);

    private final PackageLayout layout;

    public FactorPackageWriter(PackageLayout layout) {
        this.layout = layout;
    }

    /** Files of the version described by {@code manifest}, as they are committed and archived. */
    public Map<String, byte[]> tree(PackageManifest manifest) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pyproject.toml", PackageFiles.read(layout.pyproject()));
        files.put(PackageLayout.PACKAGE_DIR + "/VERSION", utf8(manifest.version() + "\n"));
        files.put(PackageLayout.PACKAGE_DIR + "/__init__.py", PackageFiles.read(layout.initPy()));
        files.put(PackageLayout.PACKAGE_DIR + "/generated.py", utf8(GeneratedModuleWriter.render(manifest)));
        if (!manifest.alpha158().isEmpty()) {
            files.put(PackageLayout.ALPHA158, utf8(Alpha158ModuleWriter.render(manifest.alpha158())));
        }
        files.put(PackageLayout.PACKAGE_DIR + "/manifest.json", utf8(ManifestJson.write(manifest)));
        return files;
    }

    /**
     * Archives and installs {@code manifest}'s version.
     *
     * @throws CorruptPackageException when an archive of that version exists with other content (archives are
     *                                 immutable)
     */
    public void commit(PackageManifest manifest) {
        SemVer v = manifest.version();
        Map<String, byte[]> tree = tree(manifest);
        byte[] zip = BundleArchive.build(v, tree);
        Path archive = layout.archive(v);
        if (Files.exists(archive)) {
            if (!Arrays.equals(PackageFiles.read(archive), zip)) {
                throw new CorruptPackageException(archive, "archive " + archive + " already exists with other "
                        + "content; archives are immutable, so version " + v + " cannot be published again");
            }
        } else {
            PackageFiles.write(archive, zip);
        }
        PackageFiles.write(layout.archiveChecksum(v), Hashes.sha256(zip) + "  " + archive.getFileName() + "\n");
        PackageFiles.write(layout.archiveManifest(v), tree.get(PackageLayout.PACKAGE_DIR + "/manifest.json"));
        PackageFiles.write(layout.generated(), tree.get(PackageLayout.PACKAGE_DIR + "/generated.py"));
        writeAlpha158(tree.get(PackageLayout.ALPHA158));
        PackageFiles.write(layout.manifest(), tree.get(PackageLayout.PACKAGE_DIR + "/manifest.json"));
        PackageFiles.write(layout.versionFile(), tree.get(PackageLayout.PACKAGE_DIR + "/VERSION"));
    }

    /**
     * Brings the tree back to the committed version (VERSION) after a publish that died before its commit point:
     * deletes archives newer than VERSION (never committed, so never handed out as the latest) and restores
     * {@code generated.py} and {@code manifest.json} from the committed archive when the manifest names another
     * version.
     *
     * @return the committed manifest
     */
    public PackageManifest recover() {
        SemVer committed = PackageFiles.readVersion(layout.versionFile());
        for (SemVer orphan : archivedVersions()) {
            if (orphan.compareTo(committed) > 0) {
                LOG.warnf("removing archive of version %s, newer than VERSION %s in %s: left by a publish that did "
                        + "not finish", orphan, committed, layout.root());
                PackageFiles.delete(layout.archiveManifest(orphan));
                PackageFiles.delete(layout.archiveChecksum(orphan));
                PackageFiles.delete(layout.archive(orphan));
            }
        }
        Optional<PackageManifest> current = readManifestIfValid();
        if (current.isPresent() && current.get().version().equals(committed)) {
            return current.get();
        }
        return restore(committed);
    }

    private PackageManifest restore(SemVer committed) {
        Path archive = layout.archive(committed);
        if (!Files.exists(archive)) {
            throw new CorruptPackageException(layout.manifest(), "manifest " + layout.manifest()
                    + " does not match VERSION " + committed + " and there is no archive " + archive
                    + " to restore it from");
        }
        Map<String, byte[]> files;
        try {
            files = BundleArchive.read(committed, PackageFiles.read(archive));
        } catch (IOException e) {
            throw new CorruptPackageException(archive, "unreadable archive " + archive + ": " + e.getMessage(), e);
        }
        byte[] manifestBytes = files.get(PackageLayout.PACKAGE_DIR + "/manifest.json");
        byte[] generated = files.get(PackageLayout.PACKAGE_DIR + "/generated.py");
        if (manifestBytes == null || generated == null) {
            throw new CorruptPackageException(archive, "archive " + archive + " lacks manifest.json or generated.py");
        }
        LOG.warnf("restoring generated.py and manifest.json of %s from %s", layout.root(), archive);
        PackageManifest manifest = ManifestJson.read(manifestBytes, archive);
        PackageFiles.write(layout.generated(), generated);
        writeAlpha158(files.get(PackageLayout.ALPHA158));
        PackageFiles.write(layout.manifest(), manifestBytes);
        return manifest;
    }

    /** Writes {@code alpha158.py}, or removes it when the version has none ({@code bytes} null). */
    private void writeAlpha158(byte[] bytes) {
        if (bytes != null) {
            PackageFiles.write(layout.alpha158(), bytes);
        } else if (Files.exists(layout.alpha158())) {
            PackageFiles.delete(layout.alpha158());
        }
    }

    private Optional<PackageManifest> readManifestIfValid() {
        if (!Files.exists(layout.manifest())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestJson.read(PackageFiles.read(layout.manifest()), layout.manifest()));
        } catch (CorruptPackageException e) {
            LOG.debugf("manifest %s unreadable, restoring from the archive: %s", layout.manifest(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Versions with at least one archive file under {@code versions/}, ascending. */
    public List<SemVer> archivedVersions() {
        Path dir = layout.versionsDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        TreeSet<SemVer> out = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                PackageLayout.versionOfArchiveFile(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new FactorLibIoException(dir, "list versions", e);
        }
        return List.copyOf(out);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
