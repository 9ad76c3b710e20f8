package rdresults.api.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import rdresults.api.catalog.CatalogLoader;
import rdresults.api.catalog.ReadyBody;

/**
 * Every GET answer goes through here: a strong ETag, {@code Cache-Control: no-cache}, 304 without a body when
 * {@code If-None-Match} names the current ETag, and gzip when the client accepts it.
 */
public final class ConditionalResponses {

    public static final String JSON = "application/json;charset=UTF-8";
    private static final int GZIP_MIN_BYTES = 1024;

    private ConditionalResponses() {
    }

    /** A JSON body whose gzip form is already computed (catalog snapshots). */
    public static Response ok(HttpHeaders headers, ReadyBody body, ReadyBody gzipBody, String etag) {
        if (matches(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return notModified(etag);
        }
        return acceptsGzip(headers)
                ? found(etag, JSON).entity(gzipBody.buffer()).header(HttpHeaders.CONTENT_ENCODING, "gzip").build()
                : found(etag, JSON).entity(body.buffer()).build();
    }

    /** A JSON body built for this request; the ETag is its SHA-256, gzip computed when it pays. */
    public static Response ok(HttpHeaders headers, byte[] body) {
        return respond(headers, body, CatalogLoader.etag(body), JSON);
    }

    /** Any body with a given type and ETag (archives). */
    public static Response ok(HttpHeaders headers, byte[] body, String etag, String mediaType) {
        return respond(headers, body, etag, mediaType);
    }

    /** A file streamed as an attachment named {@code fileName}; 304 when the client has this ETag. */
    public static Response file(HttpHeaders headers, Path file, String etag, String mediaType,
                                String fileName) {
        if (matches(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return notModified(etag);
        }
        return Response.ok(file.toFile(), mediaType)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static Response respond(HttpHeaders headers, byte[] body, String etag, String type) {
        if (matches(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return notModified(etag);
        }
        if (acceptsGzip(headers) && body.length >= GZIP_MIN_BYTES) {
            return found(etag, type).entity(CatalogLoader.gzip(body)).header(HttpHeaders.CONTENT_ENCODING, "gzip")
                    .build();
        }
        return found(etag, type).entity(body).build();
    }

    private static Response notModified(String etag) {
        return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    private static Response.ResponseBuilder found(String etag, String type) {
        return Response.ok().type(type)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    static boolean matches(List<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String header : ifNoneMatch) {
            for (String candidate : header.split(",")) {
                String c = candidate.trim();
                if (c.startsWith("W/")) {
                    c = c.substring(2);
                }
                if (c.equals("*") || c.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean acceptsGzip(HttpHeaders headers) {
        return AcceptEncoding.acceptsGzip(headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING));
    }
}
