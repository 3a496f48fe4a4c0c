package cellengine.api.param;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the {@code *Update.diff(before, after)} methods share: two versions of one entity, compared field by field,
 * each field that differs handed to the update builder's setter.
 *
 * @param <E> the entity record
 */
final class Changes<E> {

    private final E before;
    private final E after;

    /**
     * Starts comparing two versions of one entity.
     *
     * @throws IllegalArgumentException when both have ids and the ids differ
     */
    Changes(E before, E after, Function<E, String> id, String what) {
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        String idBefore = id.apply(before);
        String idAfter = id.apply(after);
        if (idBefore != null && idAfter != null && !idBefore.equals(idAfter)) {
            throw new IllegalArgumentException("diff needs two versions of one " + what + ", got ids " + idBefore
                    + " and " + idAfter);
        }
    }

    /**
     * Sets a field that differs: {@code set} gets the field's value in {@code after}.
     *
     * @return these changes, for the next field
     */
    <V> Changes<E> field(Function<E, V> get, Consumer<V> set) {
        V value = get.apply(after);
        if (!Objects.equals(get.apply(before), value)) {
            set.accept(value);
        }
        return this;
    }
}
