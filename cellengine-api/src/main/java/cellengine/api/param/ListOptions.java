package cellengine.api.param;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard query parameters of list routes (cellengine-api.md §1.8): {@code query} (an RQL-like filter such
 * as {@code eq(name,"x")}), {@code fields} (a projection such as {@code +name}), {@code limit}, {@code skip} and
 * {@code sort}. Unset ({@code null}) options are not sent.
 *
 * @param query the filter expression, or {@code null}
 * @param fields the projection, or {@code null}
 * @param limit the maximum number of results (positive), or {@code null}
 * @param skip how many results to skip (zero or more), or {@code null}
 * @param sort the sort key, or {@code null}
 * @since 0.1
 */
public record ListOptions(String query, String fields, Integer limit, Integer skip, String sort) {

    /**
     * Checks the options.
     *
     * @param query the filter expression, or {@code null}
     * @param fields the projection, or {@code null}
     * @param limit the maximum number of results (positive), or {@code null}
     * @param skip how many results to skip (zero or more), or {@code null}
     * @param sort the sort key, or {@code null}
     * @throws IllegalArgumentException when {@code limit} is not positive or {@code skip} is negative
     */
    public ListOptions {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (skip != null && skip < 0) {
            throw new IllegalArgumentException("skip must not be negative, was " + skip);
        }
    }

    /** {@return options that set nothing} */
    public static ListOptions none() {
        return new ListOptions(null, null, null, null, null);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the query parameters to send, in a stable order, unset options left out} */
    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (query != null) {
            q.put("query", query);
        }
        if (fields != null) {
            q.put("fields", fields);
        }
        if (limit != null) {
            q.put("limit", Integer.toString(limit));
        }
        if (skip != null) {
            q.put("skip", Integer.toString(skip));
        }
        if (sort != null) {
            q.put("sort", sort);
        }
        return q;
    }

    /** Builds {@link ListOptions}. Not thread-safe. */
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
         * @param value an expression such as {@code eq(name,"x")}
         * @return this builder
         */
        public Builder query(String value) {
            this.query = value;
            return this;
        }

        /**
         * Sets the projection.
         *
         * @param value such as {@code +name}
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
         * @param value such as {@code name}
         * @return this builder
         */
        public Builder sort(String value) {
            this.sort = value;
            return this;
        }

        /** {@return the options} */
        public ListOptions build() {
            return new ListOptions(query, fields, limit, skip, sort);
        }
    }
}
