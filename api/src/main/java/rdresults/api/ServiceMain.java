package rdresults.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import rdresults.api.http.RequestGuard;

/**
 * The service's entry point: the packaged jar behaves the same however it is started ({@code rdr serve},
 * {@code java -jar quarkus-run.jar}, a container). Quarkus reads {@value RequestGuard#QUARKUS_URI_VALIDATION} once,
 * when its HTTP recorder class loads, and Vert.x reads {@value RequestGuard#VERTX_HEADER_VALIDATION} once, when its
 * {@code HttpHeaders} class loads; without them a request target that is not a URI, or a header with control bytes or
 * a name that is not a token, gets an empty 400 before any handler of the service runs. Set here, before Quarkus
 * starts, those checks are left to {@link RequestGuard}, which answers with a problem.
 */
@QuarkusMain
public final class ServiceMain {

    private ServiceMain() {
    }

    public static void main(String... args) {
        System.setProperty(RequestGuard.QUARKUS_URI_VALIDATION, "true");
        System.setProperty(RequestGuard.VERTX_HEADER_VALIDATION, "true");
        Quarkus.run(args);
    }
}
