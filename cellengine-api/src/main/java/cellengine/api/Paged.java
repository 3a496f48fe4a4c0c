package cellengine.api;

import cellengine.api.param.ListOptions;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy view of a list endpoint that fetches one page at a time with {@code limit} and {@code skip}, such as
 * {@link CellEngine#getExperimentsPaged(ListOptions, int)}.
 *
 * <pre>{@code
 * client.getExperimentsPaged(ListOptions.none(), 100).stream()
 *         .filter(e -> e.tags().contains("final"))
 *         .findFirst();                       // stops fetching once one is found
 * }</pre>
 *
 * <p>Nothing is fetched until iteration starts; each {@link #iterator()} or {@link #stream()} starts again from
 * the first page, and a page is requested only when the previous one is used up. The options' {@code skip} is where
 * the first page starts and their {@code limit} caps the total; their query, fields and sort are sent with every
 * page. Without a sort, pages are sorted by {@code _id} so that an offset means the same thing from one request to
 * the next. Iteration ends after a page shorter than asked for. A server that ignores {@code limit} (a page longer
 * than asked for) or {@code skip} (the same full page twice) makes the iterator throw a
 * {@link CellEngineException} instead of looping forever.
 *
 * <p>Pages are fetched on the thread that iterates, with that call's exceptions ({@link ApiException},
 * {@link TransportException}). A {@code Paged} is immutable and may be iterated by several threads, each with its
 * own iterator; an iterator is not thread-safe. Items added or removed on the server during iteration may be
 * skipped or seen twice, as with any offset paging.
 *
 * @param <T> the item type
 * @since 0.1
 */
public final class Paged<T> implements Iterable<T> {

    /** The sort used when the options give none: stable from one page request to the next. */
    static final String DEFAULT_SORT = "_id";

    private final ListOptions options;
    private final int pageSize;
    private final Function<ListOptions, List<T>> fetch;

    Paged(ListOptions options, int pageSize, Function<ListOptions, List<T>> fetch) {
        Objects.requireNonNull(options, "options");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.options = options;
        this.pageSize = pageSize;
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /** {@return the number of items asked for per request} */
    public int pageSize() {
        return pageSize;
    }

    /** {@return the options sent with every page, before {@code limit} and {@code skip} are set per page} */
    public ListOptions options() {
        return options;
    }

    /** {@return an iterator that fetches pages as it goes, starting from the first} */
    @Override
    public Iterator<T> iterator() {
        return new PageIterator();
    }

    /** {@return a sequential, ordered stream that fetches pages as it is consumed} */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public String toString() {
        return "Paged[pageSize=" + pageSize + ", options=" + options + "]";
    }

    private final class PageIterator implements Iterator<T> {
        private final int start = options.skip() == null ? 0 : options.skip();
        private final Integer cap = options.limit();
        private long fetched;
        private List<T> page = List.of();
        private List<T> previousFullPage;
        private int index;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            while (index >= page.size()) {
                if (exhausted) {
                    return false;
                }
                fetchNext();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items after " + fetched);
            }
            return page.get(index++);
        }

        private void fetchNext() {
            long remaining = cap == null ? Long.MAX_VALUE : cap - fetched;
            int asked = (int) Math.min(pageSize, remaining);
            if (asked <= 0) {
                exhausted = true;
                page = List.of();
                index = 0;
                return;
            }
            long skip = start + fetched;
            if (skip > Integer.MAX_VALUE) {
                throw new IllegalStateException("paged past " + Integer.MAX_VALUE + " items");
            }
            ListOptions request = options.toBuilder().limit(asked).skip((int) skip)
                    .sort(options.sort() != null ? options.sort() : DEFAULT_SORT).build();
            List<T> next = List.copyOf(fetch.apply(request));
            if (next.size() > asked) {
                throw new CellEngineException("the server returned " + next.size() + " items for limit=" + asked
                        + " (skip=" + skip + "), so it does not page; use the list method without paging");
            }
            if (next.size() == asked && next.equals(previousFullPage)) {
                throw new CellEngineException("the server returned the same " + asked + " items for skip="
                        + (skip - asked) + " and skip=" + skip + ", so it ignores skip; use the list method "
                        + "without paging");
            }
            previousFullPage = next.size() == asked ? next : null;
            fetched += next.size();
            exhausted = next.size() < asked || (cap != null && fetched >= cap);
            page = next;
            index = 0;
        }
    }
}
