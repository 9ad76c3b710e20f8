package rdresults.api.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import rdresults.api.catalog.CatalogLoader;
import rdresults.api.http.ConditionalResponses;

/** A rendered page answered like every GET: strong ETag of the HTML, 304, gzip when accepted. */
final class HtmlAnswers {

    static final String HTML = "text/html;charset=UTF-8";

    private HtmlAnswers() {
    }

    static Response ok(HttpHeaders headers, TemplateInstance page) {
        byte[] body = page.render().getBytes(StandardCharsets.UTF_8);
        return ConditionalResponses.ok(headers, body, CatalogLoader.etag(body), HTML);
    }
}
