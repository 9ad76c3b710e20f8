package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A list page's state as its URL holds it (filters, {@code sort}, {@code dir}, {@code page}), and the links that
 * change one part of it, so every view can be shared as a link. Unknown parameters are dropped, not kept.
 */
@TemplateData
public record ListState(String path, Map<String, String> params, String sort, boolean descending, int page) {

    public ListState {
        params = Map.copyOf(params);
    }

    /** Reads the known filter names, a sort among {@code sortable} (else {@code defaultSort}), dir and page. */
    static ListState of(String path, MultivaluedMap<String, String> query, List<String> filters,
                        List<String> sortable, String defaultSort) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String f : filters) {
            String v = query.getFirst(f);
            if (v != null && !v.isBlank()) {
                params.put(f, v.strip());
            }
        }
        String sort = query.getFirst("sort");
        if (sort == null || !sortable.contains(sort)) {
            sort = defaultSort;
        }
        String dir = query.getFirst("dir");
        boolean descending = dir == null ? !"name".equals(sort) && !"strategy_id".equals(sort) : dir.equals("desc");
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(query.getFirst("page") == null ? "1" : query.getFirst("page")));
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new ListState(path, params, sort, descending, page);
    }

    /** The filter's value, or "" (templates fill the form fields with it). */
    public String get(String name) {
        return params.getOrDefault(name, "");
    }

    public boolean is(String name, String value) {
        return value.equals(params.get(name));
    }

    /** The link that sorts by {@code column}: descending first, the other way when it is already sorted so. */
    public String sortHref(String column) {
        return href(params, column, !column.equals(sort) || !descending, 1);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    public String sortMark(String column) {
        return !column.equals(sort) ? "" : descending ? " \u25BC" : " \u25B2";
    }

    String pageHref(int n) {
        return href(params, sort, descending, n);
    }

    private String href(Map<String, String> p, String s, boolean desc, int n) {
        StringJoiner q = new StringJoiner("&", path + "?", "");
        p.forEach((k, v) -> q.add(Links.query(k) + "=" + Links.query(v)));
        q.add("sort=" + Links.query(s));
        q.add("dir=" + (desc ? "desc" : "asc"));
        if (n > 1) {
            q.add("page=" + n);
        }
        return q.toString();
    }
}
