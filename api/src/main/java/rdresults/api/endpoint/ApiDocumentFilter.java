package rdresults.api.endpoint;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import rdresults.api.http.Problems;

/**
 * Completes the scanned OpenAPI document from {@link ApiEndpoints}: every operation's summary, description, tag,
 * parameters, answers and problems, plus the problem schema and the bearer token scheme.
 *
 * <p>A build-stage filter, not {@code mp.openapi.filter}: Quarkus runs that one at every start-up (and, while
 * building, swallows its failures). Here the document is completed once while building, served as a static
 * document, and nothing of this runs in the service (or needs reflection in a native image). The build fails when
 * the endpoints served and the endpoints declared differ: an undocumented endpoint, or a declaration whose path no
 * resource serves, is a defect to fix, not a document to publish.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String TOKEN_SCHEME = "bearerToken";

    /** Quarkus' own endpoints (health, metrics, this document) are not resources of this service. */
    private static final String MANAGEMENT_PREFIX = "/q/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        checkServedEqualsDeclared(openAPI);
        for (Endpoint endpoint : ApiEndpoints.ALL) {
            PathItem item = openAPI.getPaths().getPathItem(endpoint.path());
            Operation get = item.getGET();
            if (get == null || item.getOperations().size() != 1) {
                throw new IllegalStateException(endpoint.path() + " is declared as one GET operation but serves "
                        + item.getOperations().keySet());
            }
            OperationDocs.describe(endpoint, get);
        }
        List<Tag> tags = new ArrayList<>();
        for (ApiGroup group : ApiGroup.values()) {
            tags.add(OASFactory.createTag().name(group.tag()).description(group.description()));
        }
        openAPI.setTags(tags);
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        components.addSecurityScheme(TOKEN_SCHEME, tokenScheme());
        openAPI.setComponents(components);
    }

    private static void checkServedEqualsDeclared(OpenAPI openAPI) {
        Set<String> served = new TreeSet<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().keySet().stream()
                    .filter(p -> !p.startsWith(MANAGEMENT_PREFIX)).forEach(served::add);
        }
        Set<String> declared = new TreeSet<>();
        ApiEndpoints.ALL.forEach(e -> declared.add(e.path()));
        if (!served.equals(declared)) {
            Set<String> undeclared = new TreeSet<>(served);
            undeclared.removeAll(declared);
            Set<String> unserved = new TreeSet<>(declared);
            unserved.removeAll(served);
            throw new IllegalStateException("ApiEndpoints and the resources disagree: served but not declared "
                    + undeclared + ", declared but not served " + unserved);
        }
    }

    /** RFC 9457 as {@link Problems} writes it: these four members, no {@code instance}. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document (application/problem+json)")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", text("The problem type: always about:blank, the status says it all"))
                .addProperty("title", text("The HTTP reason phrase, e.g. Bad Request"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The HTTP status code"))
                .addProperty("detail", text("What went wrong, for a person: the offending parameter and what is "
                        + "allowed, the resource not found, or why the data is unavailable"));
    }

    private static SecurityScheme tokenScheme() {
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("Optional: enforced only when the service is started with rdr.api.token (env "
                        + "RDR_API_TOKEN). Then every endpoint here except /health needs Authorization: Bearer "
                        + "<token>, and a missing or wrong token is a 401 problem with WWW-Authenticate: Bearer. "
                        + "Without rdr.api.token no endpoint asks for a token. This document and the Swagger UI "
                        + "are readable without it.");
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
