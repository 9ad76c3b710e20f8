package rdresults.factorlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import rdresults.model.AtomicFiles;

/** File access for the module: atomic writes, and I/O failures translated once into {@link FactorLibIoException}. */
final class PackageFiles {

    private PackageFiles() {
    }

    /**
     * Package files are read by other accounts (the research environments that import the package), but
     * {@link AtomicFiles} leaves the owner-only mode of its temporary file on the target. So a replaced file keeps
     * its previous mode and a new one gets {@code rw-r--r--}, where the file system has POSIX modes.
     */
    private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    static void write(Path file, byte[] bytes) {
        try {
            boolean posix = Files.getFileStore(Files.exists(file) ? file : existingAncestor(file))
                    .supportsFileAttributeView(PosixFileAttributeView.class);
            Set<PosixFilePermission> mode = posix && Files.exists(file) ? Files.getPosixFilePermissions(file) : SHARED;
            AtomicFiles.write(file, bytes);
            if (posix) {
                Files.setPosixFilePermissions(file, mode);
            }
        } catch (UncheckedIOException e) {
            throw new FactorLibIoException(file, "write", e.getCause());
        } catch (IOException e) {
            throw new FactorLibIoException(file, "set permissions of", e);
        }
    }

    private static Path existingAncestor(Path file) {
        Path p = file.toAbsolutePath().getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? file.toAbsolutePath().getRoot() : p;
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FactorLibIoException(file, "read", e);
        }
    }

    static String readString(Path file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new FactorLibIoException(file, "delete", e);
        }
    }

    /** The committed version: VERSION's text without surrounding whitespace (CRLF-tolerant), strict semver. */
    static SemVer readVersion(Path versionFile) {
        String text = readString(versionFile).strip();
        if (!SemVer.isValid(text)) {
            throw new CorruptPackageException(versionFile, "VERSION file " + versionFile
                    + " does not hold MAJOR.MINOR.PATCH: '" + (text.length() > 40 ? text.substring(0, 40) : text)
                    + "'");
        }
        return SemVer.parse(text);
    }
}
