package rdresults.api.http;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import io.vertx.core.http.HttpMethod;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * The {@code uri} tag of {@code http_server_requests} comes only from a route template that served the request;
 * every other request (no route matched, an undecodable path, a missing token, a wrong method, OPTIONS) is counted
 * under the one tag {@value #UNMATCHED}. Otherwise each junk path would make a metric of its own, until the meter
 * limit drops the real endpoints'.
 */
@Singleton
public class MetricUriTags implements HttpServerMetricsTagsContributor {

    static final String UNMATCHED = "UNMATCHED";
    /** Where Quarkus REST leaves the template of the route that matched (what Quarkus' own tag is built from). */
    private static final String TEMPLATE_KEY = "UrlPathTemplate";
    private static final Tags UNMATCHED_TAG = Tags.of("uri", UNMATCHED);
    /** {@code {name: .+}} in a JAX-RS template is {@code {name}} in the OpenAPI document. */
    private static final Pattern PARAM_REGEX = Pattern.compile("\\{(\\w+)\\s*:[^}]*}");

    @Override
    public Tags contribute(Context context) {
        Object template = context.requestContextLocalData(TEMPLATE_KEY);
        int status = context.response().statusCode();
        boolean routed = template instanceof String && status != 401 && status != 405
                && context.request().method() != HttpMethod.OPTIONS;
        // a tag of the same key given here replaces Quarkus' own, which names a template only when it differs from
        // the path (a 304 or a 4xx of /catalog/models would be REDIRECTION or UNKNOWN)
        return routed ? Tags.of("uri", PARAM_REGEX.matcher((String) template).replaceAll("{$1}")) : UNMATCHED_TAG;
    }
}
