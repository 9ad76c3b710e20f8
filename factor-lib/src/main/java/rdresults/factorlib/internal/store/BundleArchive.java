package rdresults.factorlib.internal.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import rdresults.factorlib.SemVer;

/**
 * Version archives as deterministic zips: the same files give the same bytes on every machine and JDK, so the
 * sha256 is a stable identity (strong ETag) and verify can rebuild an archive and compare. Hence entries sorted by
 * name, one fixed timestamp (DOS fields set without time-zone conversion), no extra fields, and STORED entries
 * (deflate output may differ between zlib versions; the files are small text).
 */
public final class BundleArchive {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private BundleArchive() {
    }

    /** The folder every entry sits in, like an sdist: {@code rd_factors_lib-1.0.2/}. */
    static String prefix(SemVer version) {
        return "rd_factors_lib-" + version + "/";
    }

    public static String fileName(SemVer version) {
        return "rd_factors_lib-" + version + ".zip";
    }

    /** Zips {@code files} (relative path → bytes) under {@link #prefix(SemVer)}. */
    public static byte[] build(SemVer version, Map<String, byte[]> files) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                byte[] bytes = file.getValue();
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry entry = new ZipEntry(prefix(version) + file.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                entry.setCrc(crc.getValue());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory zip failed", e);
        }
        return buffer.toByteArray();
    }

    /**
     * The files of an archive, relative to its folder, in archive order.
     *
     * @throws IOException when the bytes are not a zip or an entry lies outside {@link #prefix(SemVer)}
     */
    public static Map<String, byte[]> read(SemVer version, byte[] zipBytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String prefix = prefix(version);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().startsWith(prefix) || e.getName().contains("..")) {
                    throw new IOException("unexpected entry " + e.getName() + " (expected under " + prefix + ")");
                }
                files.put(e.getName().substring(prefix.length()), zip.readAllBytes());
            }
        }
        if (files.isEmpty()) {
            throw new IOException("not a zip archive or empty");
        }
        return files;
    }
}
