package rdresults.api.catalog;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pages already built, by request, least recently used first out. Owned by what the pages were built from (a
 * catalog snapshot, a registry state), so a change of the source drops them with it; bounded in count and bytes so
 * a client cannot fill the heap with distinct queries.
 */
public final class PageCache {

    private static final int MAX_PAGES = 128;
    private static final long MAX_BYTES = 24L << 20;
    /** Larger pages are built per request: caching one would evict many small ones. */
    private static final long MAX_PAGE_BYTES = 2L << 20;

    private final Map<String, ReadyJson> pages = new LinkedHashMap<>(32, 0.75f, true);
    private long bytes;

    /** Whether the page for {@code key} is cached now (it may be evicted before it is asked for). */
    public boolean contains(String key) {
        synchronized (pages) {
            return pages.containsKey(key);
        }
    }

    /** The page for {@code key}, built by {@code build} when not cached. */
    public ReadyJson get(String key, Supplier<byte[]> build) {
        synchronized (pages) {
            ReadyJson cached = pages.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ReadyJson page = new ReadyJson(build.get());
        if (page.body().length <= MAX_PAGE_BYTES) {
            put(key, page);
        }
        return page;
    }

    private void put(String key, ReadyJson page) {
        synchronized (pages) {
            ReadyJson old = pages.put(key, page);
            bytes += 2L * page.body().length - (old == null ? 0 : 2L * old.body().length);
            Iterator<ReadyJson> eldest = pages.values().iterator();
            while ((pages.size() > MAX_PAGES || bytes > MAX_BYTES) && eldest.hasNext()) {
                bytes -= 2L * eldest.next().body().length;
                eldest.remove();
            }
        }
    }
}
