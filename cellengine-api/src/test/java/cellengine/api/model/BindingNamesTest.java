package cellengine.api.model;

import cellengine.api.CellEngine;
import jakarta.json.bind.annotation.JsonbProperty;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Yasson names the parameters of a record's canonical constructor from the {@code MethodParameters} attribute unless
 * they carry {@code @JsonbProperty}, and {@code jlink --strip-debug} removes that attribute: unannotated fields then
 * bind as {@code null} without an error. So every record a client method returns, and every record inside one, names
 * each component explicitly ({@code cellengine-it} links its image with {@code --strip-debug} to prove it).
 */
class BindingNamesTest {

    /** {@return every record of this package that a public client method returns, directly or inside another} */
    static Set<Class<?>> returnedRecords() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        for (Method m : CellEngine.class.getMethods()) {
            if (m.getDeclaringClass() == CellEngine.class && Modifier.isPublic(m.getModifiers())) {
                todo.add(m.getGenericReturnType());
            }
        }
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType) {
                todo.add(((ParameterizedType) type).getRawType());
                todo.addAll(Arrays.asList(((ParameterizedType) type).getActualTypeArguments()));
            } else if (type instanceof WildcardType) {
                todo.addAll(Arrays.asList(((WildcardType) type).getUpperBounds()));
            } else if (type instanceof Class<?> && ((Class<?>) type).isArray()) {
                todo.add(((Class<?>) type).getComponentType());
            } else if (type instanceof Class<?> && ((Class<?>) type).isRecord()
                    && ((Class<?>) type).getPackage() == Experiment.class.getPackage() && seen.add((Class<?>) type)) {
                for (RecordComponent component : ((Class<?>) type).getRecordComponents()) {
                    todo.add(component.getGenericType());
                }
            }
        }
        return seen;
    }

    @Test
    void every_returned_record_names_each_component_for_json_b() throws NoSuchMethodException {
        Set<Class<?>> records = returnedRecords();
        assertTrue(records.containsAll(List.of(Experiment.class, User.class, Permission.class, FcsFile.class,
                PanelEntry.class, Population.class, ScaleSet.class, ChannelScale.class, TailoredGate.class)),
                "the walk from the client's methods missed entity records: " + records);
        List<String> unnamed = new ArrayList<>();
        for (Class<?> record : records) {
            RecordComponent[] components = record.getRecordComponents();
            Constructor<?> canonical = record.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            Parameter[] parameters = canonical.getParameters();
            for (int i = 0; i < components.length; i++) {
                if (!parameters[i].isAnnotationPresent(JsonbProperty.class)) {
                    unnamed.add(record.getSimpleName() + "." + components[i].getName());
                }
            }
        }
        assertEquals(List.of(), unnamed, "record components without @JsonbProperty (they bind as null from a "
                + "jlink --strip-debug image)");
    }

    @Test
    void a_component_is_named_as_itself_unless_the_wire_name_differs_on_purpose() {
        Set<String> renamed = Set.of("Experiment.publicAccess=public");
        List<String> odd = new ArrayList<>();
        for (Class<?> record : returnedRecords()) {
            for (RecordComponent component : record.getRecordComponents()) {
                JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
                if (property == null || property.value().equals(component.getName())) {
                    continue;
                }
                String mapping = record.getSimpleName() + "." + component.getName() + "=" + property.value();
                if (!renamed.contains(mapping) && !property.value().equals("_id") && !property.value().equals("__v")) {
                    odd.add(mapping);
                }
            }
        }
        assertEquals(List.of(), odd, "components bound to a wire name other than their own: check each against "
                + "docs/wire.md, then list it here");
    }
}
