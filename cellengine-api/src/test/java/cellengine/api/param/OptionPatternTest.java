package cellengine.api.param;

import cellengine.api.model.CompensationId;
import cellengine.api.model.Expr;
import cellengine.api.model.Statistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the one pattern of the package's javadoc: every option object of {@code cellengine.api.param} is a final
 * class (not a record) with a private constructor, a static {@code builder(...)}, a {@code toBuilder()} and no
 * {@code withX} copy methods, and {@code toBuilder().build()} gives back an equal value for each of them.
 */
class OptionPatternTest {

    private static final String ID = "5d64abe2ca9df61349ed8e81";
    private static final String ID2 = "5d64abe2ca9df61349ed8e82";

    /** Public types that are not option objects, and why. Enums and interfaces are left out without a reason. */
    private static final Map<Class<?>, String> NOT_OPTIONS = Map.of(
            Gates.class, "static factories of the gate builders, which make GateSpecs",
            GateBuilder.class, "a builder (of GateSpec), not a value",
            SimpleGateBuilder.class, "a builder (of GateSpec), not a value",
            CompoundGateBuilder.class, "a builder (of GateSpec), not a value",
            PercentOf.class, "a choice among fixed references made by its factories, with nothing to set");

    /** Option objects that are not values, and why: they have no equals. */
    private static final Map<Class<?>, String> NOT_VALUES = Map.of(
            RawRequest.class, "its body may be a one-shot stream, which has no value equality");

    /** One value of every option object with most of its options set, to round-trip through toBuilder(). */
    static Stream<Object> examples() {
        return Stream.of(
                CloneOptions.builder().name("copy").path(List.of(ID)).build(),
                CompensationCreate.of("c", List.of("A", "B"), new double[] {1, 0.1, 0, 1}),
                CompensationUpdate.builder().name("n").matrix(List.of("A"), new double[] {1}).build(),
                EventExport.builder(ExportFormat.TSV).headers(false).population(ID, CompensationId.fileInternal())
                        .preSubsampleP(0.5).postSubsampleN(10).seed(3).addEventNumber(true).build(),
                ExperimentCreate.builder().name("e").tags(List.of("t")).path(List.of(ID)).build(),
                ExperimentUpdate.builder().name("e").deleted(null).locked(true).build(),
                FcsFileCreate.builder().fcsFile(ID).fromExperiment(ID2, ID).filename("joined.fcs")
                        .addFileNumber(true).addEventNumber(false).preSubsampleP(0.25).seed(9).build(),
                FcsFileCreate.builder().fromS3("bucket.s3.amazonaws.com", "/a.fcs", "key", "secret").build(),
                FcsFileUpdate.builder().filename("b.fcs").isControl(true).build(),
                FolderCreate.builder().name("f").path(List.of(ID)).build(),
                FolderUpdate.builder().name("f").deleted(null).build(),
                Gates.range("FSC-A", "r", 1, 2).tailoredToFile("A1.fcs").parentPopulationByName("lymphs").build(),
                ImportResources.builder(ID).channelMap(Map.of("FSC-A", "FSC-H")).dstPopulationId(ID2)
                        .populations(true).compensations(List.of(ID)).annotations(List.of("dose")).build(),
                ListOptions.builder().query("eq(name,\"x\")").fields("+name").limit(5).skip(10).sort("-name").build(),
                PlotRequest.builder(ID, "FSC-A").yChannel("SSC-A").plotType(PlotRequest.PlotType.CONTOUR)
                        .populationId(ID2).width(300).axisFlag("xTicksQ", false).percentiles(5, 10)
                        .postSubsampleN(100).seed(1).color("#aabbcc").build(),
                PopulationCreate.builder("p").and("g1").or("g2", "g3").parentId(ID).terminalGateGid("g1").build(),
                PopulationUpdate.builder().name("p").gates(Expr.and("g")).parentId(null).build(),
                RawRequest.patch("/folders/" + ID).query("x", 1).body(Map.of("name", "n")).idempotent(true).build(),
                StatisticsRequest.builder().statistics(Statistic.MEAN, Statistic.QUANTILE).q(0.9).channels("A")
                        .fcsFileIds(ID).populationIds(ID2, null).percentOf(PercentOf.ungated()).build(),
                ZipExport.builder(ExportFormat.TSV).headers(false).fcsFileIds(List.of(ID))
                        .populationIds(List.of(ID2)).compensationId(CompensationId.uncompensated())
                        .preSubsampleN(5).seed(2).filenameTemplate("{fcsfile.filename}").build());
    }

    @Test
    void no_public_type_of_the_package_is_a_record() throws Exception {
        List<String> records = publicTypes().stream().filter(Class::isRecord).map(Class::getSimpleName)
                .collect(Collectors.toList());
        assertEquals(List.of(), records, "records expose a canonical constructor that freezes their components");
    }

    @Test
    void every_option_object_is_a_final_class_with_builder_to_builder_and_build() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : optionTypes()) {
            String name = type.getSimpleName();
            if (!Modifier.isFinal(type.getModifiers())) {
                problems.add(name + " is not final");
            }
            if (type.getConstructors().length > 0) {
                problems.add(name + " has a public constructor");
            }
            Class<?> builder = Stream.of(type.getClasses()).filter(c -> c.getSimpleName().equals("Builder"))
                    .findFirst().orElse(null);
            if (builder == null) {
                problems.add(name + " has no nested Builder");
                continue;
            }
            boolean factory = Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals("builder")
                    && Modifier.isStatic(m.getModifiers()) && m.getReturnType() == builder);
            if (!factory) {
                problems.add(name + " has no static builder(...) returning " + name + ".Builder");
            }
            Method toBuilder = method(type, "toBuilder");
            if (toBuilder == null || toBuilder.getReturnType() != builder
                    || Modifier.isStatic(toBuilder.getModifiers())) {
                problems.add(name + " has no toBuilder() returning " + name + ".Builder");
            }
            Method build = method(builder, "build");
            if (build == null || build.getReturnType() != type) {
                problems.add(name + ".Builder has no build() returning " + name);
            }
            Stream.of(type.getMethods()).filter(m -> m.getName().matches("with[A-Z].*")).forEach(m -> problems.add(
                    name + "." + m.getName() + " is a copy method: derive copies with toBuilder()"));
            if (!NOT_VALUES.containsKey(type)
                    && method(type, "equals", Object.class).getDeclaringClass() == Object.class) {
                problems.add(name + " is a value without equals");
            }
            if (method(type, "toString").getDeclaringClass() == Object.class) {
                problems.add(name + " has no toString");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_examples_cover_every_option_object() throws Exception {
        Set<String> covered = examples().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
        Set<String> expected = optionTypes().stream().map(Class::getSimpleName).collect(Collectors.toCollection(
                TreeSet::new));
        assertEquals(expected, new TreeSet<>(covered));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void to_builder_then_build_gives_back_an_equal_value_that_sends_the_same(Object value) throws Exception {
        Object again = rebuild(value);
        assertNotSame(value, again);
        if (NOT_VALUES.containsKey(value.getClass())) {
            assertEquals(value.toString(), again.toString());
        } else {
            assertEquals(value, again);
            assertEquals(value.hashCode(), again.hashCode());
        }
        if (value instanceof JsonBody) {
            assertEquals(((JsonBody) value).toJson(), ((JsonBody) again).toJson());
        }
    }

    private static Object rebuild(Object value) throws ReflectiveOperationException {
        Object builder = value.getClass().getMethod("toBuilder").invoke(value);
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static List<Class<?>> optionTypes() throws Exception {
        return publicTypes().stream().filter(c -> !c.isEnum() && !c.isInterface() && !c.isRecord())
                .filter(c -> !NOT_OPTIONS.containsKey(c)).collect(Collectors.toList());
    }

    /** {@return the public top-level types of cellengine.api.param, read from the compiled classes} */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        URI location = Gates.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        List<String> names;
        if (Files.isDirectory(Path.of(location))) {
            names = classNames(Path.of(location).resolve("cellengine/api/param"));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(Path.of(location))) {
                names = classNames(jar.getPath("cellengine/api/param"));
            }
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName("cellengine.api.param." + name);
            if (Modifier.isPublic(type.getModifiers())) {
                types.add(type);
            }
        }
        assertTrue(types.size() >= 20, "the package was read: " + types);
        return types;
    }

    private static List<String> classNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$")
                    && !n.equals("package-info.class")).map(n -> n.substring(0, n.length() - 6)).sorted()
                    .collect(Collectors.toList());
        }
    }
}
