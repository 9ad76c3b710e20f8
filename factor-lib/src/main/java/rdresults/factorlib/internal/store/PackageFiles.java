package rdresults.factorlib.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import rdresults.factorlib.CorruptPackageException;
import rdresults.factorlib.FactorLibIoException;
import rdresults.factorlib.SemVer;
import rdresults.model.AtomicFiles;

/** File access for the module: atomic writes, and I/O failures translated once into {@link FactorLibIoException}. */
public final class PackageFiles {

    private PackageFiles() {
    }

    /** Atomic write; {@link AtomicFiles} keeps a replaced file's mode and makes new files world-readable. */
    public static void write(Path file, byte[] bytes) {
        try {
            AtomicFiles.write(file, bytes);
        } catch (UncheckedIOException e) {
            throw new FactorLibIoException(file, "write", e.getCause());
        }
    }

    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FactorLibIoException(file, "read", e);
        }
    }

    public static String readString(Path file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new FactorLibIoException(file, "delete", e);
        }
    }

    /** The committed version: VERSION's text without surrounding whitespace (CRLF-tolerant), strict semver. */
    public static SemVer readVersion(Path versionFile) {
        String text = readString(versionFile).strip();
        if (!SemVer.isValid(text)) {
            throw new CorruptPackageException(versionFile, "VERSION file " + versionFile
                    + " does not hold MAJOR.MINOR.PATCH: '" + (text.length() > 40 ? text.substring(0, 40) : text)
                    + "'");
        }
        return SemVer.parse(text);
    }
}
