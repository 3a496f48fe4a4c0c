package cellengine.api.internal.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/** The type {@code List<E>}, for binding JSON arrays. */
record ListType(Type elementType) implements ParameterizedType {

    @Override
    public Type[] getActualTypeArguments() {
        return new Type[] {elementType};
    }

    @Override
    public Type getRawType() {
        return List.class;
    }

    @Override
    public Type getOwnerType() {
        return null;
    }

    @Override
    public String getTypeName() {
        return "java.util.List<" + elementType.getTypeName() + ">";
    }
}
