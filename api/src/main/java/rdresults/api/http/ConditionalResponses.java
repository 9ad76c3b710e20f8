package rdresults.api.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import rdresults.api.catalog.CatalogLoader;
import rdresults.api.catalog.ReadyJson;

/**
 * Every GET answer goes through here: a strong ETag, {@code Cache-Control: no-cache}, 304 without a body when
 * {@code If-None-Match} names the current ETag, and gzip when the client accepts it. The gzip and identity forms are
 * two representations, so they carry different strong ETags (the gzip one ends in {@code -gzip}) and
 * {@code Vary: Accept-Encoding}.
 */
public final class ConditionalResponses {

    public static final String JSON = "application/json;charset=UTF-8";
    private static final int GZIP_MIN_BYTES = 1024;

    private ConditionalResponses() {
    }

    /**
     * A JSON body in a file whose gzip form is another file (catalog snapshots), sent from the file by the kernel;
     * {@code etag} is the identity form's. The files must stay until the response has been sent.
     */
    public static Response ok(HttpHeaders headers, Path body, Path gzipBody, String etag) {
        boolean gzip = acceptsGzip(headers);
        String tag = gzip ? gzipEtag(etag) : etag;
        if (matches(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            return notModified(tag);
        }
        return gzip
                ? found(tag, JSON).entity(gzipBody).header(HttpHeaders.CONTENT_ENCODING, "gzip").build()
                : found(tag, JSON).entity(body).build();
    }

    /** A JSON body built for this request; the ETag is its SHA-256, gzip computed when it pays. */
    public static Response ok(HttpHeaders headers, byte[] body) {
        return respond(headers, body, CatalogLoader.etag(body), JSON);
    }

    /** A JSON body built once for many requests (a cached page): no hashing or compression per request. */
    public static Response ok(HttpHeaders headers, ReadyJson page) {
        boolean gzip = acceptsGzip(headers) && page.body().length >= GZIP_MIN_BYTES;
        String tag = gzip ? gzipEtag(page.etag()) : page.etag();
        if (matches(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            return notModified(tag);
        }
        return gzip
                ? found(tag, JSON).entity(page.gzip()).header(HttpHeaders.CONTENT_ENCODING, "gzip").build()
                : found(tag, JSON).entity(page.body()).build();
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
        boolean gzip = acceptsGzip(headers) && body.length >= GZIP_MIN_BYTES;
        String tag = gzip ? gzipEtag(etag) : etag;
        if (matches(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            return notModified(tag);
        }
        if (gzip) {
            return found(tag, type).entity(CatalogLoader.gzip(body)).header(HttpHeaders.CONTENT_ENCODING, "gzip")
                    .build();
        }
        return found(tag, type).entity(body).build();
    }

    /** The ETag of the gzip representation of the body whose identity ETag is {@code etag} (a quoted string). */
    static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    private static Response notModified(String etag) {
        return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
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
