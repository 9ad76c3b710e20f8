package rdresults.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import rdresults.api.endpoint.ApiEndpoints;
import rdresults.api.endpoint.QueryParams;
import rdresults.api.http.ConditionalResponses;
import rdresults.api.http.NotFoundProblemException;
import rdresults.factorlib.Bundle;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.InvalidVersionException;
import rdresults.factorlib.PackageVersion;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.UnknownVersionException;
import rdresults.model.PythonJson;
import rdresults.registry.query.InvalidQueryException;

/** The factor package's published versions and their immutable archives. */
@Path("/factor_package")
public class FactorPackageResource {

    private final FactorPackageAccess factorPackage;

    public FactorPackageResource(FactorPackageAccess factorPackage) {
        this.factorPackage = factorPackage;
    }

    @GET
    @Path("versions")
    @Produces("application/json")
    public Response versions(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams.of(uri.getQueryParameters(), ApiEndpoints.PACKAGE_VERSIONS);
        FactorPackage pkg = factorPackage.open();
        ObjectNode body = PythonJson.nodes().objectNode();
        body.put("current", pkg.currentVersion().toString());
        ArrayNode list = body.putArray("versions");
        for (PackageVersion v : pkg.versions()) {
            ObjectNode o = list.addObject();
            o.put("version", v.version().toString());
            o.put("created_at_utc", v.createdAtUtc());
            o.put("functions", v.functions());
            o.put("sha256", v.archiveSha256());
            o.put("size_bytes", v.archiveBytes());
        }
        return ConditionalResponses.ok(headers, PythonJson.dumpCompact(body).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code ?version=MAJOR.MINOR.PATCH} (strict semver; default the current version). */
    @GET
    @Path("bundle")
    @Produces("application/zip")
    public Response bundle(@Context UriInfo uri, @Context HttpHeaders headers) {
        String text = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.PACKAGE_BUNDLE).text("version");
        Bundle bundle;
        try {
            bundle = factorPackage.bundle(text == null ? null : SemVer.parse(text));
        } catch (InvalidVersionException e) {
            throw new InvalidQueryException("version", "version: " + e.getMessage());
        } catch (UnknownVersionException e) {
            // the library's message names the package folder; the client needs the version and where to look
            throw new NotFoundProblemException("no such factor package version: " + e.version()
                    + " (see /factor_package/versions)");
        }
        return ConditionalResponses.file(headers, bundle.archive(), "\"" + bundle.sha256() + "\"", "application/zip",
                bundle.fileName());
    }
}
