package cellengine.cli;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a command's output: its key (the header in CSV and JSON, upper-cased in a table) and how to get
 * its value from a row. Values may be strings, numbers, booleans, instants, lists or {@code null}.
 *
 * @param key the column key, such as {@code "eventCount"}
 * @param value reads the value from a row
 * @param <T> the row type
 */
record Column<T>(String key, Function<? super T, ?> value) {

    Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return a column}
     *
     * @param key the column key
     * @param value reads the value from a row
     * @param <T> the row type
     */
    static <T> Column<T> of(String key, Function<? super T, ?> value) {
        return new Column<>(key, value);
    }
}
