package rdresults.api.console;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** A page for something that does not exist: 404 with a readable page, not a problem document. */
final class NotFoundPages {

    private NotFoundPages() {
    }

    static Response of(HttpHeaders headers, String what) {
        byte[] body = Pages.notFound(what).render().getBytes(StandardCharsets.UTF_8);
        return Response.status(Response.Status.NOT_FOUND).type(HtmlAnswers.HTML).entity(body).build();
    }
}
