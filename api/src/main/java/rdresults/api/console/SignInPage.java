package rdresults.api.console;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import rdresults.api.http.ConsoleSession;

/** The sign-in form: the token goes in a POST body, and comes back as a session cookie (see {@link ConsoleSession}). */
@Path(ConsoleSession.SIGN_IN_PATH)
@Produces(HtmlAnswers.HTML)
public class SignInPage {

    private final ConsoleSession session;

    public SignInPage(ConsoleSession session) {
        this.session = session;
    }

    @GET
    public Response form(@QueryParam("next") String next, @Context HttpHeaders headers) {
        return HtmlAnswers.ok(headers, Pages.signIn(session.required() ? ""
                : "This service asks for no token: every page is open.", localPath(next)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("token") String token, @FormParam("next") String next) {
        if (!session.isToken(token)) {
            byte[] body = Pages.signIn("That token is not the one this service was started with.", localPath(next))
                    .render()
                    .getBytes(StandardCharsets.UTF_8);
            return Response.status(Response.Status.UNAUTHORIZED).type(HtmlAnswers.HTML).entity(body).build();
        }
        return Response.seeOther(URI.create(localPath(next))).header("Set-Cookie", session.setCookie()).build();
    }

    @POST
    @Path("out")
    public Response signOut() {
        return Response.seeOther(URI.create(ConsoleSession.SIGN_IN_PATH))
                .header("Set-Cookie", ConsoleSession.clearCookie()).build();
    }

    /**
     * Only a path on this site, and only a URI in printable ASCII: an open redirect to another host is refused, and
     * no character of {@code next} that a {@code Location} header cannot carry (CR, LF, other controls, spaces,
     * non-ASCII) reaches one. Vert.x does not check response headers (see {@link rdresults.api.http.RequestGuard}).
     */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return "/";
            }
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
