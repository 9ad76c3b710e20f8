package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** One page of a filtered, sorted table and the links to its neighbours. */
@TemplateData
public record Paged<T>(List<T> rows, int total, int page, int pages, int from, int to, String prevHref,
                       String nextHref) {

    static final int PAGE_SIZE = 50;

    public Paged {
        rows = List.copyOf(rows);
    }

    static <T> Paged<T> of(List<T> all, Predicate<T> filter, Comparator<T> order, ListState state) {
        List<T> matching = all.stream().filter(filter).sorted(order).toList();
        int total = matching.size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(state.page(), pages);
        int from = (page - 1) * PAGE_SIZE;
        int to = Math.min(total, from + PAGE_SIZE);
        return new Paged<>(matching.subList(from, to), total, page, pages, total == 0 ? 0 : from + 1, to,
                page > 1 ? state.pageHref(page - 1) : null, page < pages ? state.pageHref(page + 1) : null);
    }
}
