package rdresults.api.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Reads a catalog file into a {@link CatalogSnapshot}. The served body is the file itself, unless the file is not
 * strict JSON (a Python-written catalog with NaN, or a BOM): then it is rewritten strictly, because a client must
 * never receive NaN (the Python service answered 500 there).
 */
public final class CatalogLoader {

    private CatalogLoader() {
    }

    /** One entry as kept: its catalog key, its compact JSON, and the fields filters read. */
    private record Entry(String key, byte[] json, JsonNode indexed) {
    }

    /** The file read entry by entry: the envelope without its list, the entries, and whether NaN occurred. */
    private record Parsed(ObjectNode envelope, List<Entry> entries, boolean nonFinite) {
    }

    static CatalogSnapshot load(CatalogKind kind, Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogUnavailableException(kind.fileName() + " cannot be read: " + file + " (" + e + ")");
        }
        Parsed doc = parse(kind, file, raw);
        byte[] body = hasBom(raw) || doc.nonFinite()
                ? PythonJson.dumpIndented(PythonJson.parse(raw, file.toString())).getBytes(StandardCharsets.UTF_8)
                : raw;
        List<Entry> entries = doc.entries();
        entries.sort(Comparator.comparing(Entry::key, PythonJson::compareCodePoints));
        List<String> keys = new ArrayList<>(entries.size());
        List<JsonNode> indexed = new ArrayList<>(entries.size());
        List<byte[]> json = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i).key();
            // catalogs written by the Python tools may repeat a key; a suffix keeps cursors unambiguous
            int repeat = 1;
            while (i - repeat >= 0 && entries.get(i - repeat).key().equals(key)) {
                repeat++;
            }
            keys.add(repeat == 1 ? key : key + "\u0001" + repeat);
            indexed.add(entries.get(i).indexed());
            json.add(entries.get(i).json());
        }
        return new CatalogSnapshot(kind, ReadyBody.of(body), ReadyBody.of(gzip(body)), etag(body), doc.envelope(),
                indexed, json, keys);
    }

    /**
     * Reads the document one entry at a time, so a catalog of tens of megabytes is never held as one tree (that
     * tree would be ten times the file).
     */
    private static Parsed parse(CatalogKind kind, Path file, byte[] raw) {
        ObjectNode envelope = PythonJson.nodes().objectNode();
        List<Entry> entries = null;
        boolean nonFinite = false;
        try (JsonParser p = PythonJson.parser(new ByteArrayInputStream(raw))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw noList(kind, file);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY && name.equals(kind.listKey())) {
                    entries = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode e = PythonJson.readValue(p);
                        nonFinite |= hasNonFinite(e);
                        byte[] compact = PythonJson.dumpCompact(e).getBytes(StandardCharsets.UTF_8);
                        entries.add(new Entry(kind.sortKey(e), compact, indexedFields(kind, e)));
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
        } catch (IOException e) {
            throw new CatalogUnavailableException(kind.fileName() + " is corrupt: "
                    + PythonJson.invalid(file.toString(), e).getMessage());
        }
        if (entries == null) {
            throw noList(kind, file);
        }
        return new Parsed(envelope, entries, nonFinite);
    }

    private static CatalogUnavailableException noList(CatalogKind kind, Path file) {
        return new CatalogUnavailableException(kind.fileName() + " is corrupt: " + file + " has no '"
                + kind.listKey() + "' list");
    }

    /** The fields of {@code entry} that filters and the factor index read; the rest is dropped from memory. */
    private static JsonNode indexedFields(CatalogKind kind, JsonNode entry) {
        if (kind.indexedFields() == null || !entry.isObject()) {
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
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + "\"";
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

    private static boolean hasBom(byte[] raw) {
        return raw.length >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF;
    }

    private static boolean hasNonFinite(JsonNode node) {
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
}
