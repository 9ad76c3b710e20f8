package rdresults.api.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import rdresults.model.PythonJson;

/**
 * Reads a catalog file into a {@link CatalogSnapshot} whose bytes live in the {@link CatalogSpool}. The file is first
 * copied into the spool (so a file replaced while it is read cannot mix two versions), then read entry by entry:
 * the heap holds only the keys and the few fields filters need, never the whole document or a tree of it. The
 * served body is the file itself, unless it is not strict JSON (a Python-written catalog with NaN, or a BOM): then
 * it is rewritten strictly, because a client must never receive NaN (the Python service answered 500 there).
 */
public final class CatalogLoader {

    private CatalogLoader() {
    }

    /** One entry as read: its catalog key, the fields filters read, and where its compact JSON was spooled. */
    private record Entry(String key, JsonNode indexed, long offset, int length) {
    }

    /** The file read entry by entry: the envelope without its list, the entries, and whether NaN occurred. */
    private record Parsed(ObjectNode envelope, List<Entry> entries, boolean nonFinite, boolean bom) {
    }

    /** How entries are turned into compact JSON; both give the same bytes. */
    enum Entries {
        /** Copied token by token with only the indexed fields as trees (catalogs that keep only some fields). */
        STREAMED,
        /** Each entry read as a tree and written from it. */
        TREES
    }

    static CatalogSnapshot load(CatalogKind kind, Path file, CatalogSpool spool) {
        return load(kind, file, spool, Entries.STREAMED);
    }

    static CatalogSnapshot load(CatalogKind kind, Path file, CatalogSpool spool, Entries how) {
        List<Path> created = new ArrayList<>();
        try {
            Path body = spooled(spool, kind, ".json", created);
            try {
                Files.copy(file, body, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new CatalogUnavailableException(kind.fileName() + " cannot be read: " + file + " (" + e + ")");
            }
            Path entryFile = spooled(spool, kind, ".entries", created);
            Parsed doc = parse(kind, file, body, entryFile, how);
            if (doc.bom() || doc.nonFinite()) {
                Path strict = spooled(spool, kind, ".strict.json", created);
                rewriteStrict(kind, file, body, strict);
                Files.move(strict, body, StandardCopyOption.REPLACE_EXISTING);
            }
            Path gzip = spooled(spool, kind, ".json.gz", created);
            String etag = gzipAndHash(body, gzip);
            CatalogSnapshot snapshot = snapshot(kind, doc, etag, body, gzip, entryFile);
            created.clear();
            return snapshot;
        } catch (IOException e) {
            throw new CatalogUnavailableException(kind.fileName() + " cannot be spooled for serving (" + e + ")");
        } finally {
            created.forEach(CatalogLoader::deleteQuietly);
        }
    }

    private static CatalogSnapshot snapshot(CatalogKind kind, Parsed doc, String etag, Path body, Path gzip,
                                            Path entryFile) throws IOException {
        List<Entry> entries = doc.entries();
        entries.sort(Comparator.comparing(Entry::key, PythonJson::compareCodePoints));
        List<String> keys = new ArrayList<>(entries.size());
        List<JsonNode> indexed = new ArrayList<>(entries.size());
        long[] offsets = new long[entries.size()];
        int[] lengths = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            // catalogs written by the Python tools may repeat a key; a suffix keeps cursors unambiguous
            int repeat = 1;
            while (i - repeat >= 0 && entries.get(i - repeat).key().equals(e.key())) {
                repeat++;
            }
            keys.add(repeat == 1 ? e.key() : e.key() + "\u0001" + repeat);
            indexed.add(e.indexed());
            offsets[i] = e.offset();
            lengths[i] = e.length();
        }
        return new CatalogSnapshot(kind, new CatalogBytes(body, gzip, entryFile, offsets, lengths), etag,
                doc.envelope(), indexed, keys);
    }

    /**
     * Reads the document one entry at a time, so a catalog of tens of megabytes is never held as one tree (that
     * tree would be ten times the file); each entry's compact JSON goes to {@code entryFile}.
     */
    private static Parsed parse(CatalogKind kind, Path file, Path copy, Path entryFile, Entries how)
            throws IOException {
        if (how == Entries.STREAMED && kind.indexedFields() != null) {
            try {
                return parse(kind, file, copy, entryFile, true);
            } catch (CompactEntryCopier.NotAnObject | com.fasterxml.jackson.core.JacksonException e) {
                // an entry that is not an object, a repeated field name or a syntax error: the trees say which
            }
        }
        return parse(kind, file, copy, entryFile, false);
    }

    /**
     * One pass over the document. {@code streaming}: each entry is copied token by token and only its indexed fields
     * become trees ({@link CompactEntryCopier}); the parser then rejects repeated field names and any JSON error is
     * thrown as is, for the caller to read the file again with trees.
     */
    private static Parsed parse(CatalogKind kind, Path file, Path copy, Path entryFile, boolean streaming)
            throws IOException {
        ObjectNode envelope = PythonJson.nodes().objectNode();
        List<Entry> entries = null;
        boolean nonFinite = false;
        boolean bom;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(copy), 1 << 16);
             CountingOutput out = new CountingOutput(Files.newOutputStream(entryFile))) {
            in.mark(3);
            bom = in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF;
            in.reset();
            try (JsonParser p = PythonJson.parser(in)) {
                if (streaming) {
                    p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                }
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw noList(kind, file);
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (p.nextToken() == JsonToken.START_ARRAY && name.equals(kind.listKey())) {
                        entries = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (streaming) {
                                long at = out.count();
                                CompactEntryCopier.Copied c = CompactEntryCopier.copy(p, kind.indexedFields(), out);
                                nonFinite |= c.nonFinite();
                                entries.add(new Entry(kind.sortKey(c.indexed()), c.indexed(), at,
                                        Math.toIntExact(out.count() - at)));
                                continue;
                            }
                            JsonNode e = PythonJson.readValue(p);
                            if (!e.isObject()) {
                                throw new CatalogUnavailableException(kind.fileName() + " is invalid: entry "
                                        + (entries.size() + 1) + " of '" + kind.listKey() + "' is "
                                        + e.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                                        + ", not an object");
                            }
                            nonFinite |= hasNonFinite(e);
                            byte[] compact = PythonJson.dumpCompact(e).getBytes(StandardCharsets.UTF_8);
                            entries.add(new Entry(kind.sortKey(e), indexedFields(kind, e), out.count(),
                                    compact.length));
                            out.write(compact);
                        }
                    } else {
                        JsonNode value = PythonJson.readValue(p);
                        nonFinite |= hasNonFinite(value);
                        envelope.set(name, value);
                    }
                }
                if (p.nextToken() != null) {
                    throw new CatalogUnavailableException(kind.fileName() + " is corrupt: " + file
                            + " continues after its top-level object");
                }
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                if (streaming) {
                    throw e;
                }
                throw new CatalogUnavailableException(kind.fileName() + " is corrupt: "
                        + PythonJson.invalid(file.toString(), e).getMessage());
            }
        }
        if (entries == null) {
            throw noList(kind, file);
        }
        return new Parsed(envelope, entries, nonFinite, bom);
    }

    /**
     * Writes the strict form of {@code copy} (NaN as null, no BOM) to {@code target} as Python's {@code indent=2}
     * would, one entry at a time: Python-written catalogs with NaN are common, and a tree of one would be ten times
     * its file.
     */
    private static void rewriteStrict(CatalogKind kind, Path file, Path copy, Path target) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(copy), 1 << 16);
             JsonParser p = PythonJson.parser(in);
             Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target),
                     StandardCharsets.UTF_8), 1 << 16)) {
            p.nextToken();
            out.write("{");
            int fields = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                out.write((fields++ == 0 ? "\n  " : ",\n  ") + PythonJson.quote(name) + ": ");
                if (p.nextToken() == JsonToken.START_ARRAY && name.equals(kind.listKey())) {
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        out.write((n++ == 0 ? "[\n    " : ",\n    ")
                                + PythonJson.dumpIndented(PythonJson.readValue(p), 2));
                    }
                    out.write(n == 0 ? "[]" : "\n  ]");
                } else {
                    out.write(PythonJson.dumpIndented(PythonJson.readValue(p), 1));
                }
            }
            out.write(fields == 0 ? "}" : "\n}");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new CatalogUnavailableException(kind.fileName() + " is corrupt: "
                    + PythonJson.invalid(file.toString(), e).getMessage());
        }
    }

    /** Writes the gzip form of {@code body} to {@code gzip} and returns the body's strong ETag, in one pass. */
    private static String gzipAndHash(Path body, Path gzip) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(body), sha);
             OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(gzip)), 1 << 16)) {
            in.transferTo(out);
        }
        return "\"" + HexFormat.of().formatHex(sha.digest()) + "\"";
    }

    private static Path spooled(CatalogSpool spool, CatalogKind kind, String suffix, List<Path> created)
            throws IOException {
        Path p = spool.newFile(kind.resource() + "-", suffix);
        created.add(p);
        return p;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover in the spool folder is removed with the folder at shutdown
        }
    }

    private static CatalogUnavailableException noList(CatalogKind kind, Path file) {
        return new CatalogUnavailableException(kind.fileName() + " is corrupt: " + file + " has no '"
                + kind.listKey() + "' list");
    }

    /** The fields of {@code entry} that filters and the factor index read; the rest is dropped from memory. */
    private static JsonNode indexedFields(CatalogKind kind, JsonNode entry) {
        if (kind.indexedFields() == null) {
            return entry;
        }
        ObjectNode kept = PythonJson.nodes().objectNode();
        for (String field : kind.indexedFields()) {
            if (entry.has(field)) {
                kept.set(field, entry.get(field));
            }
        }
        return kept;
    }

    public static String etag(byte[] body) {
        return "\"" + HexFormat.of().formatHex(sha256().digest(body)) + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory gzip cannot fail", e);
        }
        return out.toByteArray();
    }

    static boolean hasNonFinite(JsonNode node) {
        if (node.isDouble() || node.isFloat()) {
            return !Double.isFinite(node.doubleValue());
        }
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                if (hasNonFinite(it.next())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A buffered output that knows how many bytes went through it (the next entry's offset). */
    private static final class CountingOutput extends BufferedOutputStream {
        private long count;

        CountingOutput(OutputStream out) {
            super(out, 1 << 16);
        }

        long count() {
            return count;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            super.write(b);
            count++;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            count += len;
        }
    }
}
