package cellengine.api.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard query parameters of list routes (docs/wire.md#list-queries): {@code query} (an RQL-like filter such
 * as {@code eq(name,"x")}), {@code fields} (a projection such as {@code +name}), {@code limit}, {@code skip} and
 * {@code sort}. Unset options are not sent.
 *
 * <pre>{@code
 * ListOptions firstTen = ListOptions.builder().query("eq(locked,false)").sort("name").limit(10).build();
 * ListOptions nextTen = firstTen.toBuilder().skip(10).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class ListOptions {

    private static final ListOptions NONE = builder().build();

    private final Map<String, String> query;

    private ListOptions(Map<String, String> query) {
        this.query = Collections.unmodifiableMap(query);
    }

    /** {@return options that set nothing} */
    public static ListOptions none() {
        return NONE;
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these options, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.query = query();
        b.fields = fields();
        b.limit = limit();
        b.skip = skip();
        b.sort = sort();
        return b;
    }

    /** {@return the filter expression, or {@code null} when not set} */
    public String query() {
        return query.get("query");
    }

    /** {@return the projection, or {@code null} when not set} */
    public String fields() {
        return query.get("fields");
    }

    /** {@return the maximum number of results, or {@code null} when not set} */
    public Integer limit() {
        return query.containsKey("limit") ? Integer.valueOf(query.get("limit")) : null;
    }

    /** {@return how many results are skipped, or {@code null} when not set} */
    public Integer skip() {
        return query.containsKey("skip") ? Integer.valueOf(query.get("skip")) : null;
    }

    /** {@return the sort key, or {@code null} when not set} */
    public String sort() {
        return query.get("sort");
    }

    /** {@return the query parameters to send, in a stable order, unset options left out} */
    public Map<String, String> toQuery() {
        return query;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListOptions && ((ListOptions) o).query.equals(query);
    }

    @Override
    public int hashCode() {
        return query.hashCode();
    }

    @Override
    public String toString() {
        return "ListOptions" + query;
    }

    /** Builds {@link ListOptions}; setters refuse bad values at once. Not thread-safe. */
    public static final class Builder {
        private String query;
        private String fields;
        private Integer limit;
        private Integer skip;
        private String sort;

        private Builder() {
        }

        /**
         * Sets the filter.
         *
         * @param value an expression such as {@code eq(name,"x")}, or {@code null} for none
         * @return this builder
         */
        public Builder query(String value) {
            this.query = value;
            return this;
        }

        /**
         * Sets the projection.
         *
         * @param value such as {@code +name}, or {@code null} for every field
         * @return this builder
         */
        public Builder fields(String value) {
            this.fields = value;
            return this;
        }

        /**
         * Sets the maximum number of results.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException when the value is less than 1
         */
        public Builder limit(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("limit must be at least 1, was " + value);
            }
            this.limit = value;
            return this;
        }

        /**
         * Sets how many results to skip.
         *
         * @param value zero or more
         * @return this builder
         * @throws IllegalArgumentException when the value is negative
         */
        public Builder skip(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("skip must not be negative, was " + value);
            }
            this.skip = value;
            return this;
        }

        /**
         * Sets the sort key.
         *
         * @param value such as {@code name}, or {@code -created} for descending; {@code null} for the server's
         * @return this builder
         */
        public Builder sort(String value) {
            this.sort = value;
            return this;
        }

        /** {@return the options} */
        public ListOptions build() {
            Map<String, String> q = new LinkedHashMap<>();
            WireValues.put(q, "query", query);
            WireValues.put(q, "fields", fields);
            WireValues.put(q, "limit", limit);
            WireValues.put(q, "skip", skip);
            WireValues.put(q, "sort", sort);
            return new ListOptions(q);
        }
    }
}
