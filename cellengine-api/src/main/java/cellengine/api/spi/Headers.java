package cellengine.api.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable HTTP headers: case-insensitive names, each with one or more values in the order they were added.
 *
 * <p>{@link #toString()} redacts the values of {@code Authorization}, {@code Cookie} and {@code Set-Cookie}, so
 * headers can be logged. {@link #equals} compares names case-insensitively and values exactly.
 *
 * @since 0.1
 */
public final class Headers {

    private static final Set<String> SECRET_NAMES = Set.of("authorization", "cookie", "set-cookie",
            "proxy-authorization");
    private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    /** Never changed once this object holds it; values are unmodifiable lists. */
    private final TreeMap<String, List<String>> entries;
    private final Map<String, List<String>> map;

    private Headers(TreeMap<String, List<String>> entries) {
        this.entries = entries;
        this.map = Collections.unmodifiableMap(entries);
    }

    /** {@return headers with no entries} */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * {@return headers holding the given names and values}
     *
     * @param map names to values; names differing only in case are merged
     * @throws IllegalArgumentException when a name or value is not a valid header
     */
    public static Headers of(Map<String, ? extends List<String>> map) {
        Builder builder = builder();
        map.forEach((name, values) -> values.forEach(v -> builder.add(name, v)));
        return builder.build();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these headers, to derive new ones} */
    public Builder toBuilder() {
        // every request derives new headers a few times on its way through the interceptors: the builder shares
        // these entries (already checked) and copies them only when it first changes one
        return new Builder(entries);
    }

    /**
     * {@return the first value of the header, if present}
     *
     * @param name the header name, in any case
     */
    public Optional<String> firstValue(String name) {
        List<String> values = map.get(Objects.requireNonNull(name, "name"));
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * {@return every value of the header in order; empty, never null, when absent}
     *
     * @param name the header name, in any case
     */
    public List<String> allValues(String name) {
        List<String> values = map.get(Objects.requireNonNull(name, "name"));
        return values == null ? List.of() : values;
    }

    /** {@return an unmodifiable, case-insensitive view of names to values} */
    public Map<String, List<String>> map() {
        return map;
    }

    /**
     * {@return whether the header is present}
     *
     * @param name the header name, in any case
     */
    public boolean contains(String name) {
        return map.containsKey(Objects.requireNonNull(name, "name"));
    }

    /** {@return the header names with values, secrets replaced by {@code <redacted>}} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        map.forEach((name, values) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(name).append('=');
            sb.append(isSecret(name) ? List.of("<redacted>") : values);
        });
        return sb.append('}').toString();
    }

    /**
     * {@return whether values of this header hold credentials and must never be printed}
     *
     * @param name a header name, in any case
     */
    public static boolean isSecret(String name) {
        return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Headers)) {
            return false;
        }
        Map<String, List<String>> other = ((Headers) o).map;
        if (other.size() != map.size()) {
            return false;
        }
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            if (!e.getValue().equals(other.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            h += e.getKey().toLowerCase(Locale.ROOT).hashCode() ^ e.getValue().hashCode();
        }
        return h;
    }

    /**
     * Builds {@link Headers}. Each setter changes the builder and returns it; the builder is not thread-safe, and
     * {@link #build()} returns a new immutable value each time.
     */
    public static final class Builder {

        private TreeMap<String, List<String>> map;
        /** Whether {@link #map} also belongs to a {@link Headers}, so that it must be copied before a change. */
        private boolean shared;

        private Builder() {
            this.map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        }

        private Builder(TreeMap<String, List<String>> entries) {
            this.map = entries;
            this.shared = true;
        }

        /**
         * Adds a value to the header, keeping existing ones.
         *
         * @param name the header name (an HTTP token)
         * @param value the value (no CR, LF or NUL)
         * @return this builder
         * @throws IllegalArgumentException when the name or value is invalid
         */
        public Builder add(String name, String value) {
            checkName(name);
            checkValue(name, value);
            List<String> old = map.get(name);
            List<String> values;
            if (old == null) {
                values = List.of(value);
            } else {
                List<String> grown = new ArrayList<>(old.size() + 1);
                grown.addAll(old);
                grown.add(value);
                values = List.copyOf(grown);
            }
            // an existing entry keeps the case its name was first given in
            writable().put(name, values);
            return this;
        }

        /**
         * Replaces every value of the header with one value.
         *
         * @param name the header name (an HTTP token)
         * @param value the value (no CR, LF or NUL)
         * @return this builder
         * @throws IllegalArgumentException when the name or value is invalid
         */
        public Builder set(String name, String value) {
            checkName(name);
            checkValue(name, value);
            TreeMap<String, List<String>> entries = writable();
            entries.remove(name);
            entries.put(name, List.of(value));
            return this;
        }

        /**
         * Removes the header.
         *
         * @param name the header name, in any case
         * @return this builder
         */
        public Builder remove(String name) {
            Objects.requireNonNull(name, "name");
            if (map.containsKey(name)) {
                writable().remove(name);
            }
            return this;
        }

        /** {@return new immutable headers with the values added so far} */
        public Headers build() {
            shared = true;
            return new Headers(map);
        }

        private TreeMap<String, List<String>> writable() {
            if (shared) {
                map = new TreeMap<>(map);
                shared = false;
            }
            return map;
        }

        private static void checkName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("header name is empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("header name '" + name + "' has an invalid character at "
                            + i);
                }
            }
        }

        private static void checkValue(String name, String value) {
            Objects.requireNonNull(value, () -> "value of header " + name);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c == 0) {
                    // never echo the value: it may be a credential
                    throw new IllegalArgumentException("value of header " + name
                            + " contains CR, LF or NUL at index " + i);
                }
            }
        }
    }
}
