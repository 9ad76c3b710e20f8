package rdresults.sync.internal.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import rdresults.model.PythonJson;
import rdresults.sync.MalformedPayloadException;

/**
 * Reads a catalog body as a stream: the envelope fields as they come, and each entry of the list as one small tree
 * handed on at once. A catalog is never held as one tree, which for a 47 MB catalog would take about ten times that
 * in heap. The body must be a JSON object holding the list ({@code factors}, {@code strategies}, {@code loops},
 * {@code models}, {@code versions}); {@code next_cursor}, when present, a string or null.
 */
public final class CatalogReader {

    /** Opens the body; called once. */
    @FunctionalInterface
    public interface Body {
        InputStream open() throws IOException;
    }

    /** Receives the entries in order; {@code index} counts from 0 within the body. */
    @FunctionalInterface
    public interface EntryConsumer {
        void accept(JsonNode entry, int index);
    }

    private CatalogReader() {
    }

    /**
     * Reads {@code body}, passing each entry to {@code entries} as soon as it is parsed.
     *
     * @throws MalformedPayloadException when the body is not JSON, not an object, or lacks the list (possibly after
     *     some entries were passed on), or when {@code entries} rejects an entry
     */
    public static CatalogEnvelope read(String resource, String listKey, Body body, EntryConsumer entries) {
        try (InputStream in = body.open(); JsonParser p = PythonJson.parser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new MalformedPayloadException(resource, "(body)", "invalid JSON in " + resource
                        + " response: empty document");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new MalformedPayloadException(resource, "(body)", "expected a JSON object, got "
                        + EntryReader.kind(tree(p)));
            }
            ObjectNode envelope = PythonJson.nodes().objectNode();
            boolean listed = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals(listKey)) {
                    envelope.set(name, tree(p));
                } else if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw new MalformedPayloadException(resource, listKey, "expected an array, got "
                            + EntryReader.kind(tree(p)));
                } else {
                    listed = true;
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        entries.accept(tree(p), index++);
                    }
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedPayloadException(resource, "(body)", "invalid JSON in " + resource
                        + " response: content after the document at line " + p.currentLocation().getLineNr()
                        + " column " + p.currentLocation().getColumnNr());
            }
            if (!listed) {
                throw new MalformedPayloadException(resource, listKey, "the list is missing");
            }
            return checked(resource, new CatalogEnvelope(envelope));
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(resource, "(body)",
                    PythonJson.invalid(resource + " response", e).getMessage());
        } catch (IOException e) {
            throw new MalformedPayloadException(resource, "(body)", "the body cannot be read: " + e.getMessage());
        }
    }

    private static JsonNode tree(JsonParser p) throws IOException {
        return PythonJson.readValue(p);
    }

    private static CatalogEnvelope checked(String resource, CatalogEnvelope envelope) {
        JsonNode cursor = envelope.fields().get("next_cursor");
        if (cursor != null && !cursor.isNull() && !cursor.isTextual()) {
            throw new MalformedPayloadException(resource, "next_cursor", "expected a string or null, got "
                    + EntryReader.kind(cursor));
        }
        return envelope;
    }
}
