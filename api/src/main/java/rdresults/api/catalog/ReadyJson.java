package rdresults.api.catalog;


/**
 * A JSON body built once and sent many times (a cached page): its bytes, strong ETag, and gzip form made on the
 * first request that accepts it.
 */
public final class ReadyJson {

    private final byte[] body;
    private final String etag;
    private volatile byte[] gzip;

    public ReadyJson(byte[] body) {
        this.body = body;
        this.etag = CatalogLoader.etag(body);
    }

    public byte[] body() {
        return body;
    }

    public String etag() {
        return etag;
    }

    public byte[] gzip() {
        byte[] g = gzip;
        if (g == null) {
            g = CatalogLoader.gzip(body);
            gzip = g;
        }
        return g;
    }

}
