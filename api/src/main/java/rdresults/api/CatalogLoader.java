package rdresults.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * Reads a catalog file into a {@link CatalogSnapshot}. The served body is the file itself, unless the file is not
 * strict JSON (a Python-written catalog with NaN, or a BOM): then it is rewritten strictly, because a client must
 * never receive NaN (the Python service answered 500 there).
 */
final class CatalogLoader {

    private CatalogLoader() {
    }

    static CatalogSnapshot load(CatalogKind kind, Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogUnavailableException(kind.fileName() + " cannot be read: " + file + " (" + e + ")");
        }
        JsonNode root;
        try {
            root = PythonJson.parse(raw, file.toString());
        } catch (InvalidInputException e) {
            throw new CatalogUnavailableException(kind.fileName() + " is corrupt: " + e.getMessage());
        }
        if (!root.isObject() || !root.path(kind.listKey()).isArray()) {
            throw new CatalogUnavailableException(kind.fileName() + " is corrupt: " + file
                    + " has no '" + kind.listKey() + "' list");
        }
        byte[] body = hasBom(raw) || hasNonFinite(root)
                ? PythonJson.dumpIndented(root).getBytes(StandardCharsets.UTF_8)
                : raw;
        List<JsonNode> entries = new ArrayList<>();
        root.path(kind.listKey()).forEach(entries::add);
        entries.sort(Comparator.comparing(kind::sortKey, PythonJson::compareCodePoints));
        List<String> keys = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String key = kind.sortKey(entries.get(i));
            // catalogs written by the Python tools may repeat a key; a suffix keeps cursors unambiguous
            int repeat = 1;
            while (i - repeat >= 0 && keys.get(i - repeat).startsWith(key)
                    && kind.sortKey(entries.get(i - repeat)).equals(key)) {
                repeat++;
            }
            keys.add(repeat == 1 ? key : key + "\u0001" + repeat);
        }
        List<JsonNode> indexed = new ArrayList<>(entries.size());
        List<byte[]> json = new ArrayList<>(entries.size());
        for (JsonNode e : entries) {
            json.add(PythonJson.dumpCompact(e).getBytes(StandardCharsets.UTF_8));
            indexed.add(indexedFields(kind, e));
        }
        ObjectNode envelope = ((ObjectNode) root).deepCopy();
        envelope.remove(kind.listKey());
        return new CatalogSnapshot(kind, ReadyBody.of(body), ReadyBody.of(gzip(body)), etag(body), envelope, indexed,
                json, keys);
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

    static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static byte[] gzip(byte[] body) {
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
