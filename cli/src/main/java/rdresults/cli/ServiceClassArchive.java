package rdresults.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Application class-data sharing for the service {@code rdr serve} starts, as the launcher does for the CLI: the
 * first service run of a build writes the classes it loaded to an archive in the cache folder when it stops, and
 * later runs map it instead of loading and verifying those classes again (about a quarter of the service's CPU time
 * to its first answer). The archive's name is a checksum of the checkout (the jar's folder), then one of the service
 * jar and the java binary, so a rebuild or another JDK writes a new one (the JVM would refuse a stale archive anyway)
 * that replaces only the same checkout's: two checkouts used in turn keep theirs. It is written under a temporary name
 * and renamed once the service has ended, so a run never maps half an archive. The JVM's notes about classes it
 * cannot archive stay off the console.
 */
final class ServiceClassArchive {

    private static final String PREFIX = "rdr-serve-cds-";
    private static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");

    private final Path archive;
    private final Path writing;
    /** The start of the names of this checkout's archives (this one and those of its earlier builds). */
    private final String checkoutPrefix;

    private ServiceClassArchive(Path archive, Path writing, String checkoutPrefix) {
        this.archive = archive;
        this.writing = writing;
        this.checkoutPrefix = checkoutPrefix;
    }

    /** The archive for {@code jar} run by {@code java} in {@code cacheDir}; empty when the folder is not usable. */
    static Optional<ServiceClassArchive> in(Path cacheDir, Path jar, Path java) {
        try {
            Files.createDirectories(cacheDir);
            if (!Files.isWritable(cacheDir)) {
                return Optional.empty();
            }
            String checkoutPrefix = PREFIX + digest(String.valueOf(jar.toAbsolutePath().getParent())) + "-";
            String key = digest(jar.toAbsolutePath() + "|" + Files.getLastModifiedTime(jar) + "|" + Files.size(jar)
                    + "|" + java.toRealPath() + "|" + Files.getLastModifiedTime(java.toRealPath()));
            Path archive = cacheDir.resolve(checkoutPrefix + key + ".jsa");
            return Optional.of(new ServiceClassArchive(archive,
                    cacheDir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"),
                    checkoutPrefix));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path archive() {
        return archive;
    }

    /** The service's JVM options: map the archive when it exists, else write it when the service stops. */
    List<String> jvmOptions() {
        String option = Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + writing;
        return Stream.concat(QUIET.stream(), Stream.of(option)).toList();
    }

    /**
     * After the service has ended: puts an archive it wrote in place of older ones; a failure only means the next run
     * writes it again.
     */
    synchronized void keep() {
        try {
            if (Files.isRegularFile(writing) && Files.size(writing) > 0) {
                deleteOlderArchives();
                Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(writing);
        } catch (IOException e) {
            // the archive is an optimisation: without it the next service starts as it did before
        }
    }

    /** This checkout's older archives, and those named before archives were kept per checkout (no second part). */
    private void deleteOlderArchives() throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), PREFIX + "*.jsa")) {
            for (Path p : old) {
                String other = p.getFileName().toString();
                boolean unprefixed = other.indexOf('-', PREFIX.length()) < 0;
                if (!p.equals(archive) && (other.startsWith(checkoutPrefix) || unprefixed)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
