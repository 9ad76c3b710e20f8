package rdresults.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import rdresults.model.PythonJson;

/** RFC 9457 problem documents ({@code application/problem+json}): type, title, status, detail. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public static Response response(int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(json(status, title, detail)
                .getBytes(StandardCharsets.UTF_8)).build();
    }

    /** The problem document as compact JSON. */
    public static String json(int status, String title, String detail) {
        ObjectNode body = PythonJson.nodes().objectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return PythonJson.dumpCompact(body);
    }
}
