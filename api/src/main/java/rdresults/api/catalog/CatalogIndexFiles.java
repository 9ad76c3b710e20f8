package rdresults.api.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.jboss.logging.Logger;
import rdresults.model.PythonJson;

/**
 * What loading a catalog produced (its bytes as served, its gzip form, its compact entries, and the index: keys,
 * entry positions, filter fields, envelope, ETag), kept in a folder that outlives the process, so a service
 * restarted on unchanged catalogs maps them instead of parsing and compressing three files of ~47 MB again (most of
 * its start-up). An index is keyed by the catalog file's path, size, modification time (full precision) and
 * identity (inode): an export replaces the file by a rename, which changes its identity; it is reused only when all
 * four are unchanged, and checked (magic, checksum, the sizes of its files) before use. Anything unusable is deleted
 * and the catalog is parsed as if there were no index. The data files are hard links to the spool files (a copy
 * where links are impossible), so keeping them costs no disk space while the service runs.
 */
public final class CatalogIndexFiles {

    private static final Logger LOG = Logger.getLogger(CatalogIndexFiles.class);
    private static final byte[] MAGIC = "rdr-catalog-index 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String INDEX = ".idx";
    private static final String BODY = ".json";
    private static final String GZIP = ".json.gz";
    private static final String ENTRIES = ".entries";

    /** No persisted indexes: every load parses its catalog. */
    public static final CatalogIndexFiles NONE = new CatalogIndexFiles(null);

    /** Identifies one version of a catalog file; equal only when the file was not replaced or rewritten. */
    record FileKey(String path, long size, String modified, String identity) {

        static Optional<FileKey> of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new FileKey(file.toAbsolutePath().normalize().toString(), a.size(),
                        a.lastModifiedTime().toInstant().toString(), Objects.toString(a.fileKey(), "")));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** A short stable name for this version, for file names. */
        String hash() {
            return digest(path + "\n" + size + "\n" + modified + "\n" + identity);
        }
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path dir;

    private CatalogIndexFiles(Path dir) {
        this.dir = dir;
    }

    /** Indexes kept in {@code dir} (created when the first one is saved). */
    public static CatalogIndexFiles in(Path dir) {
        return new CatalogIndexFiles(dir);
    }

    /**
     * The folder for the catalogs of {@code catalogDir} under {@code parent}: one per catalog folder, so services
     * on different repositories never evict each other's indexes.
     */
    public static CatalogIndexFiles forCatalogDir(Path parent, Path catalogDir) {
        return in(parent.resolve("rdr-catalog-index").resolve(digest(catalogDir.toAbsolutePath().normalize()
                .toString())));
    }

    /**
     * The current version of {@code file}, to load and then {@link #save}; empty when disabled, when the file is
     * unreadable, or when the folder is not private to this user (the folder's name is predictable, so another user
     * could otherwise plant an index whose bytes would be served).
     */
    Optional<FileKey> keyOf(Path file) {
        return dir == null || !isPrivate() ? Optional.empty() : FileKey.of(file);
    }

    /** The user this process creates files as. */
    private static UserPrincipal currentUser() throws IOException {
        Path probe = Files.createTempFile("rdr-owner-", ".tmp");
        try {
            return Files.getOwner(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** Creates the folder (and its parent) for this user only; false, with a warning, when another user owns one. */
    private boolean isPrivate() {
        try {
            UserPrincipal me = currentUser();
            // the configured rdr.api.index-dir itself may not exist yet (e.g. a build folder): made as for any file
            Files.createDirectories(dir.getParent().getParent());
            for (Path folder : new Path[] {dir.getParent(), dir}) {
                if (!Files.isDirectory(folder)) {
                    try {
                        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    } catch (UnsupportedOperationException e) {
                        Files.createDirectory(folder);
                    } catch (FileAlreadyExistsException e) {
                        // made by another service meanwhile: checked below
                    }
                }
                if (!Files.getOwner(folder).equals(me)) {
                    LOG.warnf("not keeping catalog indexes: %s belongs to %s", folder, Files.getOwner(folder));
                    return false;
                }
                if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder);
                    if (perms.contains(PosixFilePermission.GROUP_WRITE)
                            || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                        LOG.warnf("not keeping catalog indexes: %s is writable by other users (%s)", folder,
                                PosixFilePermissions.toString(perms));
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            LOG.warnf("not keeping catalog indexes in %s: %s", dir, e.getMessage());
            return false;
        }
    }

    /**
     * The snapshot saved for {@code key}, its files linked into {@code spool}; empty when there is none or it is
     * unusable (then it is deleted).
     */
    Optional<CatalogSnapshot> find(CatalogKind kind, FileKey key, CatalogSpool spool) {
        if (dir == null) {
            return Optional.empty();
        }
        Path index = file(kind, key, INDEX);
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        List<Path> linked = new ArrayList<>();
        try {
            CatalogSnapshot s = read(kind, key, index, spool, linked);
            linked.clear();
            return Optional.of(s);
        } catch (IOException | RuntimeException e) {
            LOG.infof("persisted index of %s unusable, parsing the catalog instead: %s", kind.fileName(),
                    e.getMessage());
            deleteVersion(kind, key);
            return Optional.empty();
        } finally {
            linked.forEach(CatalogIndexFiles::deleteQuietly);
        }
    }

    /**
     * Keeps {@code snapshot}, loaded from {@code file} at version {@code key}, for the next start, and deletes the
     * indexes of other versions of that catalog. Nothing is kept when the file changed while it was loaded; a failure
     * only costs the next start a parse.
     */
    void save(CatalogKind kind, Path file, FileKey key, CatalogSnapshot snapshot) {
        if (dir == null || !FileKey.of(file).equals(Optional.of(key)) || !snapshot.bytes().retain()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            CatalogBytes bytes = snapshot.bytes();
            place(bytes.body(), file(kind, key, BODY));
            place(bytes.gzipBody(), file(kind, key, GZIP));
            place(bytes.entryFile(), file(kind, key, ENTRIES));
            Path tmp = Files.createTempFile(dir, kind.resource() + "-", INDEX + ".tmp");
            try {
                Files.write(tmp, encode(key, snapshot));
                Files.move(tmp, file(kind, key, INDEX), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            deleteOtherVersions(kind, key);
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("cannot keep the index of %s in %s (the next start parses it again): %s", kind.fileName(), dir,
                    e.getMessage());
            deleteVersion(kind, key);
        } finally {
            snapshot.bytes().release();
        }
    }

    private Path file(CatalogKind kind, FileKey key, String suffix) {
        return dir.resolve(kind.resource() + "-" + key.hash() + suffix);
    }

    /** {@code source} under the name {@code target}, by a hard link where possible. */
    private void place(Path source, Path target) throws IOException {
        Path tmp = dir.resolve(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(tmp);
        link(source, tmp);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] encode(FileKey key, CatalogSnapshot s) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        for (String field : List.of(key.path(), key.modified(), key.identity(), s.etag())) {
            text(out, field);
        }
        out.writeLong(key.size());
        CatalogBytes bytes = s.bytes();
        out.writeLong(Files.size(bytes.body()));
        out.writeLong(Files.size(bytes.gzipBody()));
        out.writeLong(Files.size(bytes.entryFile()));
        int n = bytes.entryCount();
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            text(out, s.keys().get(i));
            out.writeLong(bytes.offset(i));
            out.writeInt(bytes.length(i));
        }
        // Python's tokens keep NaN as NaN (compact JSON would make it null), so filters see what a parse would
        text(out, PythonJson.dumpIndented(s.envelope(), PythonJson.NonFinite.PYTHON_TOKENS));
        ByteArrayOutputStream fields = new ByteArrayOutputStream(1 << 20);
        fields.write('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                fields.write(',');
            }
            JsonNode entry = s.entries().get(i);
            // compact unless NaN or an infinity must survive (compact JSON writes them as null)
            String json = CatalogLoader.hasNonFinite(entry)
                    ? PythonJson.dumpIndented(entry, PythonJson.NonFinite.PYTHON_TOKENS) : PythonJson.dumpCompact(entry);
            fields.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        }
        fields.write(']');
        out.writeInt(fields.size());
        fields.writeTo(out);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    private CatalogSnapshot read(CatalogKind kind, FileKey key, Path index, CatalogSpool spool, List<Path> linked)
            throws IOException {
        byte[] all = Files.readAllBytes(index);
        if (all.length < MAGIC.length + 8) {
            throw new IOException(index + " is truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
        byte[] magic = in.readNBytes(MAGIC.length);
        in.skipNBytes(all.length - 8L - MAGIC.length);
        if (!Arrays.equals(magic, MAGIC) || in.readLong() != crc.getValue()) {
            throw new IOException(index + " is damaged (wrong format or checksum)");
        }
        in = new DataInputStream(new ByteArrayInputStream(all, MAGIC.length, all.length - 8 - MAGIC.length));
        FileKey saved = new FileKey(text(in), 0, text(in), text(in));
        String etag = text(in);
        saved = new FileKey(saved.path(), in.readLong(), saved.modified(), saved.identity());
        if (!saved.equals(key)) {
            throw new IOException(index + " belongs to another version of the catalog");
        }
        Path body = linkIntoSpool(kind, key, BODY, in.readLong(), spool, linked);
        Path gzip = linkIntoSpool(kind, key, GZIP, in.readLong(), spool, linked);
        Path entryFile = linkIntoSpool(kind, key, ENTRIES, in.readLong(), spool, linked);
        int n = in.readInt();
        List<String> keys = new ArrayList<>(n);
        long[] offsets = new long[n];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            keys.add(text(in));
            offsets[i] = in.readLong();
            lengths[i] = in.readInt();
        }
        ObjectNode envelope = (ObjectNode) PythonJson.parse(text(in), index.toString());
        List<JsonNode> fields = readFields(in.readNBytes(in.readInt()), n, index);
        return new CatalogSnapshot(kind, new CatalogBytes(body, gzip, entryFile, offsets, lengths), etag, envelope,
                fields, keys);
    }

    /** The filter fields, one small tree per entry, read as a stream (never the whole array as one tree). */
    private static List<JsonNode> readFields(byte[] json, int n, Path index) throws IOException {
        List<JsonNode> fields = new ArrayList<>(n);
        try (InputStream in = new ByteArrayInputStream(json); JsonParser p = PythonJson.parser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(index + " has no field list");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                fields.add(PythonJson.readValue(p));
            }
        }
        if (fields.size() != n) {
            throw new IOException(index + " has " + fields.size() + " field sets for " + n + " entries");
        }
        return fields;
    }

    private Path linkIntoSpool(CatalogKind kind, FileKey key, String suffix, long size, CatalogSpool spool,
                               List<Path> linked) throws IOException {
        Path kept = file(kind, key, suffix);
        if (Files.size(kept) != size) {
            throw new IOException(kept + " has " + Files.size(kept) + " bytes, the index says " + size);
        }
        Path target = spool.newFile(kind.resource() + "-", suffix);
        linked.add(target);
        Files.delete(target);
        link(kept, target);
        return target;
    }

    private void deleteVersion(CatalogKind kind, FileKey key) {
        for (String suffix : List.of(INDEX, BODY, GZIP, ENTRIES)) {
            deleteQuietly(file(kind, key, suffix));
        }
    }

    /** Removes the files of every other version of {@code kind}'s catalog: only the current one is worth keeping. */
    private void deleteOtherVersions(CatalogKind kind, FileKey key) throws IOException {
        String keep = kind.resource() + "-" + key.hash() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, kind.resource() + "-*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.startsWith(keep) && !name.endsWith(".tmp")) {
                    deleteQuietly(f);
                }
            }
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("index text of " + n + " bytes is out of bounds");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debugf("cannot delete %s: %s", p, e.getMessage());
        }
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}: a short name that differs when the text does. */
    private static String digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
