package rdresults.api.endpoint;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One GET endpoint as data: its path template, parameters, answer and failures. {@link QueryParams} validates
 * requests against its query parameters and {@link ApiDocumentFilter} documents it from the same record, so an
 * accepted parameter is always a documented one.
 */
public record Endpoint(String path, ApiGroup group, String summary, String description, List<Param> params,
                       Answer answer, List<Failure> failures) {

    private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}/]+)}");

    public Endpoint {
        params = List.copyOf(params);
        failures = List.copyOf(failures);
        Set<String> names = new HashSet<>();
        for (Param p : params) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException(path + ": parameter '" + p.name() + "' declared twice");
            }
        }
        Set<Integer> statuses = new HashSet<>();
        for (Failure f : failures) {
            if (!statuses.add(f.status())) {
                throw new IllegalArgumentException(path + ": status " + f.status() + " declared twice");
            }
        }
        List<String> inTemplate = TEMPLATE_PARAM.matcher(path).results().map(m -> m.group(1)).toList();
        List<String> declared = params.stream().filter(p -> p.in() == Param.In.PATH).map(Param::name).toList();
        if (!inTemplate.equals(declared)) {
            throw new IllegalArgumentException(path + ": path parameters " + declared + " do not match the template");
        }
    }

    List<Param> queryParams() {
        return params.stream().filter(p -> p.in() == Param.In.QUERY).toList();
    }

    List<Param> pathParams() {
        return params.stream().filter(p -> p.in() == Param.In.PATH).toList();
    }

    /** Whether {@code name} is one of the query parameters; a scan, not a set: it runs on every request. */
    boolean acceptsQuery(String name) {
        for (Param p : params) {
            if (p.in() == Param.In.QUERY && p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The query parameter names, sorted (for messages and tests). */
    SortedSet<String> queryNames() {
        SortedSet<String> names = new TreeSet<>();
        queryParams().forEach(p -> names.add(p.name()));
        return Collections.unmodifiableSortedSet(names);
    }
}
