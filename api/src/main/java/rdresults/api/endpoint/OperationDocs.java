package rdresults.api.endpoint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import rdresults.api.http.Problems;
import rdresults.registry.query.PageRequest;

/** Writes one {@link Endpoint} into its OpenAPI operation, replacing what the scan guessed. */
final class OperationDocs {

    /** What {@code TimeRange} parses: a date, or a date and time with an optional offset; empty means absent. */
    static final String TIME_PATTERN = "^(\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?"
            + "(Z|[+-]\\d{2}:\\d{2})?)?)?$";

    private OperationDocs() {
    }

    static void describe(Endpoint endpoint, Operation op) {
        op.setSummary(endpoint.summary());
        op.setDescription(endpoint.description());
        op.setTags(List.of(endpoint.group().tag()));
        List<Parameter> parameters = parameters(endpoint);
        op.setParameters(parameters.isEmpty() ? null : parameters);
        op.setResponses(responses(endpoint));
        if (endpoint.group().tokenApplies()) {
            // the token is optional: the empty requirement says the operation also works without one
            op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(ApiDocumentFilter.TOKEN_SCHEME),
                    OASFactory.createSecurityRequirement()));
        } else {
            op.setSecurity(null);
        }
    }

    private static List<Parameter> parameters(Endpoint endpoint) {
        List<Parameter> out = new ArrayList<>();
        for (Param p : endpoint.params()) {
            out.add(OASFactory.createParameter()
                    .name(p.name())
                    .in(p.in() == Param.In.PATH ? Parameter.In.PATH : Parameter.In.QUERY)
                    .required(p.in() == Param.In.PATH)
                    .description(p.description())
                    .schema(schema(p)));
        }
        if (endpoint.answer().conditional()) {
            out.add(OASFactory.createParameter()
                    .name("If-None-Match")
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("An ETag from an earlier answer: when it is still current the answer is a 304 "
                            + "without a body")
                    .schema(schema(ParamType.STRING)));
        }
        return out;
    }

    private static APIResponses responses(Endpoint endpoint) {
        Answer answer = endpoint.answer();
        // by status code, whatever order they are declared in
        Map<String, APIResponse> byStatus = new TreeMap<>();
        APIResponse ok = OASFactory.createAPIResponse()
                .description(answer.description())
                .content(OASFactory.createContent().addMediaType(answer.mediaType(),
                        OASFactory.createMediaType().schema(body(answer.mediaType()))))
                .addHeader("Cache-Control", header("no-cache: a stored copy must be revalidated before it is reused"));
        byStatus.put("200", ok);
        if (answer.conditional()) {
            ok.addHeader("ETag", header("Strong validator of this answer (the sha256 of the catalog, the body "
                    + "or the archive)"));
            byStatus.put("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag; no body")
                    .addHeader("ETag", header("The current ETag")));
        }
        for (Failure f : endpoint.failures()) {
            byStatus.put(Integer.toString(f.status()), problem(f.when()));
        }
        if (endpoint.group().tokenApplies()) {
            byStatus.put("401", problem("Only when rdr.api.token is set: the bearer token is missing or wrong "
                    + "(WWW-Authenticate: Bearer)"));
        }
        APIResponses responses = OASFactory.createAPIResponses();
        byStatus.forEach(responses::addAPIResponse);
        return responses;
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .ref(ApiDocumentFilter.PROBLEM_SCHEMA)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Schema body(String mediaType) {
        return mediaType.equals("application/json")
                ? OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                : OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary");
    }

    private static Schema schema(Param p) {
        Schema s = schema(p.type());
        if (p.pattern() != null) {
            s.pattern(p.pattern());
        }
        if (p.minimum() != null) {
            s.minimum(BigDecimal.valueOf(p.minimum()));
        }
        return s;
    }

    private static Schema schema(ParamType type) {
        return switch (type) {
            case STRING -> OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            case INTEGER -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64");
            case PAGE_SIZE -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT));
            case BOOLEAN -> OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
            // a bare date is accepted too, so not format date-time
            case TIME -> OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .description("ISO-8601 timestamp (UTC when it has no offset) or date (midnight UTC)")
                    .pattern(TIME_PATTERN)
                    .examples(List.of("2025-12-25T15:08:52+00:00", "2025-12-25"));
        };
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(schema(ParamType.STRING));
    }
}
