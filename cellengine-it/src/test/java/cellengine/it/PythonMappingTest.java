package cellengine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java side of docs/python-mapping.md true: every method a Java cell names exists on the named type with
 * that many arguments, and every example compiles with the declarations at the top of the doc. When the SDK renames or
 * drops a method and the doc does not follow, this fails and names the doc line.
 *
 * <p>How a Java cell is read (the doc's introduction says the same): in each {@code `code span`}, a bare
 * {@code name(…)} is a method of {@code CellEngine}; {@code Type.name(…)} a method (or {@code Type.NAME} a field or
 * nested type) of an SDK or JDK type; {@code x.name(…)} a method of the type the doc's declaration block gives
 * {@code x}. Calls chain through return types (a builder's self type included). The argument count is checked unless
 * the arguments hold an ellipsis. A span holding only a lower-case name must be a {@code CellEngine} method.
 */
class PythonMappingTest {

    private static final String DOC_NAME = "docs/python-mapping.md";

    @Test
    void every_method_named_in_a_java_cell_exists_with_that_many_arguments() throws IOException {
        Doc doc = Doc.read(repoRoot().resolve(DOC_NAME));
        Checker checker = new Checker(doc.variables());
        List<String> problems = new ArrayList<>();
        int references = 0;
        for (Row row : doc.rows()) {
            Checker.Result result = checker.check(row.java());
            references += result.references();
            result.problems().forEach(p -> problems.add(DOC_NAME + ":" + row.line() + ": " + p));
        }
        assertEquals(List.of(), problems, () -> "Java cells that do not match the SDK:\n"
                + String.join("\n", problems));
        assertTrue(doc.rows().size() >= 150, "the doc's tables were read: " + doc.rows().size() + " rows");
        assertTrue(references >= 400, "the Java cells were read: " + references + " references checked");
    }

    @Test
    void every_example_compiles_with_the_declarations_at_the_top_of_the_doc() throws IOException {
        Doc doc = Doc.read(repoRoot().resolve(DOC_NAME));
        StringBuilder source = new StringBuilder();
        doc.imports().forEach(i -> source.append(i).append('\n'));
        source.append("\n@SuppressWarnings(\"all\")\nclass PythonMappingExamples {\n")
                .append(doc.declarations()).append('\n');
        TreeMap<Integer, Integer> docLineAt = new TreeMap<>();
        List<String> malformed = new ArrayList<>();
        int examples = 0;
        for (Row row : doc.rows()) {
            String cell = row.example();
            if (cell.equals("—")) {
                continue;
            }
            Matcher span = Pattern.compile("`([^`]+)`").matcher(cell);
            if (!span.matches()) {
                malformed.add(DOC_NAME + ":" + row.line() + ": an example is one code span or —, was: " + cell);
                continue;
            }
            String code = span.group(1).strip();
            docLineAt.put(lineCount(source) + 1, row.line());
            source.append("  void line").append(row.line()).append("() throws Exception {\n    ")
                    .append(code.endsWith(";") || code.endsWith("}") ? code : "Object value = " + code + "\n    ;")
                    .append("\n  }\n");
            examples++;
        }
        source.append("}\n");
        assertEquals(List.of(), malformed, () -> String.join("\n", malformed));
        assertTrue(examples >= 150, "the examples were read: " + examples);

        Path dir = Path.of(System.getProperty("it.work", "target/it")).resolve("python-mapping");
        Files.createDirectories(dir);
        Path file = dir.resolve("PythonMappingExamples.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        String output = javac(file, dir.resolve("classes"));

        List<String> errors = new ArrayList<>();
        Matcher error = Pattern.compile("PythonMappingExamples\\.java:(\\d+): error: (.*)").matcher(output);
        while (error.find()) {
            Map.Entry<Integer, Integer> row = docLineAt.floorEntry(Integer.parseInt(error.group(1)));
            errors.add((row == null ? "the declaration block" : DOC_NAME + ":" + row.getValue()) + ": "
                    + error.group(2));
        }
        assertEquals(List.of(), errors, () -> "examples that do not compile (source in " + file + "):\n"
                + String.join("\n", errors) + "\n" + output);
        assertTrue(output.isBlank(), () -> "javac said:\n" + output);
    }

    // The checker must not pass vacuously: each kind of mistake it exists to catch is caught.

    @Test
    void a_misspelled_client_method_is_reported() {
        assertProblem("`getFcsFileByNam(experimentId, filename)`", "CellEngine has no method getFcsFileByNam");
    }

    @Test
    void a_wrong_argument_count_is_reported() {
        assertProblem("`getFileInternalCompensation(fcsFileId)`",
                "CellEngine.getFileInternalCompensation takes 2 arguments, not 1");
    }

    @Test
    void a_method_the_experiment_view_lacks_is_reported() {
        assertProblem("`view.getFolders()`", "ExperimentView has no method getFolders");
    }

    @Test
    void a_static_method_of_a_named_type_is_checked() {
        assertClean("`ObjectIds.timestamp(id)`, `ObjectIds.generate()`");
        assertProblem("`ObjectIds.timestampOf(id)`", "ObjectIds has no method timestampOf");
    }

    @Test
    void a_type_that_does_not_exist_is_reported() {
        assertProblem("`CellEngineAsync.wrap(client)`", "no type CellEngineAsync");
    }

    @Test
    void chained_builder_calls_and_their_arguments_are_followed() {
        assertClean("`StatisticsRequest.builder().fcsFileNames(names).populationNames(names)"
                + ".percentOf(PercentOf.populationNamed(name))`");
        assertProblem("`StatisticsRequest.builder().percentOf(PercentOf.populationNamd(name))`",
                "PercentOf has no method populationNamd");
        assertProblem("`StatisticsRequest.builder().fcsFileName(names)`",
                "StatisticsRequest.Builder has no method fcsFileName");
    }

    @Test
    void a_builder_keeps_its_own_type_through_inherited_setters() {
        assertClean("`Gates.rectangle(x, y, name, 1, 2, 3, 4).gid(gid).label(1, 2).build()`");
    }

    @Test
    void nested_types_fields_and_lone_method_names_are_checked() {
        assertClean("`CellEngineBuilder.otpSupplier(supplier)`, `Compensations.FILE_INTERNAL`, "
                + "`StatisticsRequest.Layout.MEDIUM`, `resetGates`");
        assertProblem("`Compensations.FILE_INTERN`", "Compensations has no member FILE_INTERN");
        assertProblem("`resetGate`", "CellEngine has no method resetGate");
    }

    @Test
    void a_variable_the_declarations_do_not_give_is_reported() {
        assertProblem("`exp.getGates()`", "no declaration of exp");
    }

    private static void assertProblem(String cell, String expected) {
        List<String> problems = checker().check(cell).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> "expected \"" + expected
                + "\" for " + cell + ", got " + problems);
    }

    private static void assertClean(String cell) {
        assertEquals(List.of(), checker().check(cell).problems(), cell);
    }

    private static Checker checker() {
        try {
            return new Checker(Doc.read(repoRoot().resolve(DOC_NAME)).variables());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- the doc ----

    /** One table row of the doc, with its 1-based line number. */
    record Row(int line, String python, String java, String example) {
    }

    /** The doc's declaration block (the first {@code ```java} block) and its table rows. */
    record Doc(List<String> imports, String declarations, Map<String, Class<?>> variables, List<Row> rows) {

        static Doc read(Path path) throws IOException {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            int start = lines.indexOf("```java");
            int end = start < 0 ? -1 : lines.subList(start + 1, lines.size()).indexOf("```") + start + 1;
            if (start < 0 || end <= start) {
                throw new AssertionError(path + " has no ```java block of declarations");
            }
            List<String> imports = new ArrayList<>();
            StringBuilder declarations = new StringBuilder();
            for (String line : lines.subList(start + 1, end)) {
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else if (!line.isBlank()) {
                    declarations.append("  ").append(line).append('\n');
                }
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.startsWith("|")) {
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.get(0).equals("Python") || cells.get(0).startsWith("---")) {
                    continue;
                }
                if (cells.size() != 3) {
                    throw new AssertionError(DOC_NAME + ":" + (i + 1) + ": a row has three cells, this has "
                            + cells.size() + ": " + line);
                }
                rows.add(new Row(i + 1, cells.get(0), cells.get(1), cells.get(2)));
            }
            return new Doc(List.copyOf(imports), declarations.toString(), variables(declarations.toString()),
                    List.copyOf(rows));
        }

        /** The cells of a table line, split at {@code |} outside code spans. */
        private static List<String> cells(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean code = false;
            String body = line.strip();
            body = body.substring(1, body.endsWith("|") ? body.length() - 1 : body.length());
            for (char c : body.toCharArray()) {
                if (c == '`') {
                    code = !code;
                }
                if (c == '|' && !code) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            return cells;
        }

        /** The variables the declaration block declares, such as {@code client} → {@code CellEngine}. */
        private static Map<String, Class<?>> variables(String block) {
            Map<String, Class<?>> variables = new LinkedHashMap<>();
            String code = block.replaceAll("//[^\n]*", "");
            for (String statement : splitTopLevel(code, ';')) {
                Matcher m = Pattern.compile("\\s*([A-Za-z_][\\w.]*(?:\\[\\])*)\\s+(.+)", Pattern.DOTALL)
                        .matcher(statement);
                if (!m.matches()) {
                    continue;
                }
                Class<?> type = Types.resolveDeclared(m.group(1));
                if (type == null) {
                    throw new AssertionError("the declaration block uses an unknown type: " + m.group(1));
                }
                for (String declarator : splitTopLevel(m.group(2), ',')) {
                    Matcher name = Pattern.compile("\\s*([A-Za-z_]\\w*).*", Pattern.DOTALL).matcher(declarator);
                    if (name.matches()) {
                        variables.put(name.group(1), type);
                    }
                }
            }
            return variables;
        }

        /** Splits at a separator outside brackets and string literals. */
        private static List<String> splitTopLevel(String text, char separator) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            boolean string = false;
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                    string = !string;
                } else if (!string && (c == '(' || c == '[' || c == '{')) {
                    depth++;
                } else if (!string && (c == ')' || c == ']' || c == '}')) {
                    depth--;
                } else if (!string && depth == 0 && c == separator) {
                    parts.add(text.substring(from, i));
                    from = i + 1;
                }
            }
            if (!text.substring(from).isBlank()) {
                parts.add(text.substring(from));
            }
            return parts;
        }
    }

    // ---- the types a cell may name ----

    static final class Types {

        private static final List<String> PACKAGES = List.of("cellengine.api", "cellengine.api.model",
                "cellengine.api.param", "cellengine.api.spi", "cellengine.analysis.fcs", "cellengine.analysis.scale",
                "cellengine.analysis.stats", "cellengine.analysis.compensation", "cellengine.analysis.population",
                "java.lang", "java.util", "java.util.concurrent", "java.util.function", "java.time", "java.nio.file",
                "java.io", "jakarta.json");
        private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "byte", byte.class,
                "char", char.class, "short", short.class, "int", int.class, "long", long.class, "float", float.class,
                "double", double.class);

        private Types() {
        }

        /** {@return the public top-level type with this simple name in the SDK's or the JDK's packages, or null} */
        static Class<?> resolve(String simpleName) {
            for (String pkg : PACKAGES) {
                try {
                    Class<?> type = Class.forName(pkg + "." + simpleName, false, PythonMappingTest.class
                            .getClassLoader());
                    if (java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
                        return type;
                    }
                } catch (ClassNotFoundException e) {
                    // try the next package
                }
            }
            return null;
        }

        /** {@return the type of a declaration such as {@code char[]} or {@code CellEngine}, or null} */
        static Class<?> resolveDeclared(String text) {
            int dims = 0;
            String base = text;
            while (base.endsWith("[]")) {
                base = base.substring(0, base.length() - 2);
                dims++;
            }
            Class<?> type = PRIMITIVES.containsKey(base) ? PRIMITIVES.get(base) : resolve(base);
            for (int i = 0; type != null && i < dims; i++) {
                type = type.arrayType();
            }
            return type;
        }
    }

    // ---- reading a Java cell ----

    /** Checks the references in a Java cell against the SDK by reflection. */
    static final class Checker {

        private static final Set<String> KEYWORDS = Set.of("new", "true", "false", "null", "this", "super",
                "boolean", "byte", "char", "short", "int", "long", "float", "double", "void", "var", "return", "if",
                "else", "for", "while", "try", "catch", "instanceof", "final", "class");

        record Result(List<String> problems, int references) {
        }

        private enum Kind { IDENT, LITERAL, PUNCT, ELLIPSIS }

        private record Token(Kind kind, String text) {
            boolean is(String punct) {
                return kind == Kind.PUNCT && text.equals(punct);
            }
        }

        private final Map<String, Class<?>> variables;
        private List<Token> tokens;
        private Set<String> lambdaParameters;
        private Set<String> problems;
        private int references;

        Checker(Map<String, Class<?>> variables) {
            this.variables = Map.copyOf(variables);
        }

        Result check(String cell) {
            problems = new LinkedHashSet<>();
            references = 0;
            Matcher span = Pattern.compile("`([^`]*)`").matcher(cell);
            while (span.find()) {
                String code = span.group(1);
                tokens = tokenize(code);
                lambdaParameters = new HashSet<>();
                if (tokens.size() == 1 && tokens.get(0).kind() == Kind.IDENT
                        && Character.isLowerCase(code.charAt(0)) && !KEYWORDS.contains(code)) {
                    method(Set.of(cellEngine()), code, -1);
                } else {
                    sequence(0, tokens.size());
                }
            }
            return new Result(List.copyOf(problems), references);
        }

        private void sequence(int from, int to) {
            int i = from;
            while (i < to) {
                i = tokens.get(i).kind() == Kind.IDENT ? chain(i, to) : i + 1;
            }
        }

        /** Reads one chain such as {@code Type.a(…).b(…)} starting at an identifier; returns the index after it. */
        private int chain(int i, int to) {
            String name = tokens.get(i).text();
            int j = i + 1;
            Set<Class<?>> receivers;
            if (name.equals("new")) {
                if (j >= to || tokens.get(j).kind() != Kind.IDENT || KEYWORDS.contains(tokens.get(j).text())) {
                    return j;
                }
                receivers = type(tokens.get(j).text());
                j++;
                if (j < to && tokens.get(j).is("(")) {
                    int close = closing(j);
                    sequence(j + 1, close);
                    j = close + 1;
                }
            } else if (KEYWORDS.contains(name)) {
                return j;
            } else if (j < to && tokens.get(j).is("->")) {
                lambdaParameters.add(name);
                return j + 1;
            } else if (j < to && tokens.get(j).is("(")) {
                int close = closing(j);
                receivers = method(Set.of(cellEngine()), name, arity(j + 1, close));
                sequence(j + 1, close);
                j = close + 1;
            } else if (Character.isUpperCase(name.charAt(0))) {
                receivers = type(name);
            } else if (variables.containsKey(name)) {
                receivers = Set.of(variables.get(name));
            } else if (lambdaParameters.contains(name)) {
                receivers = Set.of();
            } else if (j < to && (tokens.get(j).is(".") || tokens.get(j).is("::"))) {
                problems.add("no declaration of " + name + " in the doc's declaration block");
                receivers = Set.of();
            } else {
                return j; // a placeholder such as experimentId
            }
            while (j + 1 < to && (tokens.get(j).is(".") || tokens.get(j).is("::"))
                    && tokens.get(j + 1).kind() == Kind.IDENT) {
                String member = tokens.get(j + 1).text();
                if (tokens.get(j).is("::")) {
                    receivers = method(receivers, member, -1);
                    j += 2;
                } else if (j + 2 < to && tokens.get(j + 2).is("(")) {
                    int close = closing(j + 2);
                    receivers = method(receivers, member, arity(j + 3, close));
                    sequence(j + 3, close);
                    j = close + 1;
                } else {
                    receivers = member(receivers, member);
                    j += 2;
                }
            }
            return j;
        }

        private Set<Class<?>> type(String simpleName) {
            references++;
            Class<?> type = Types.resolve(simpleName);
            if (type == null) {
                problems.add("no type " + simpleName + " in the SDK's packages or java.*");
                return Set.of();
            }
            return Set.of(type);
        }

        /**
         * Checks that a receiver has a public method of this name taking {@code arity} arguments (any number when
         * negative); returns what the matching methods return.
         */
        private Set<Class<?>> method(Set<Class<?>> receivers, String name, int arity) {
            if (receivers.isEmpty()) {
                return Set.of();
            }
            references++;
            Set<Class<?>> results = new LinkedHashSet<>();
            Set<Integer> arities = new TreeSet<>();
            boolean named = false;
            for (Class<?> receiver : receivers) {
                for (Method m : receiver.getMethods()) {
                    if (!m.getName().equals(name)) {
                        continue;
                    }
                    named = true;
                    int count = m.getParameterCount();
                    arities.add(count);
                    if (arity < 0 || arity == count || (m.isVarArgs() && arity >= count - 1)) {
                        Class<?> result = result(receiver, m);
                        if (result != null) {
                            results.add(result);
                        }
                    }
                }
            }
            if (!named) {
                problems.add(names(receivers) + " has no method " + name);
            } else if (arity >= 0 && results.isEmpty() && !returnsNothingUsable(receivers, name, arity)) {
                problems.add(names(receivers) + "." + name + " takes " + join(arities) + " arguments, not " + arity);
            }
            return results;
        }

        /** True when a method of that arity exists but returns void or a type the checker cannot follow. */
        private static boolean returnsNothingUsable(Set<Class<?>> receivers, String name, int arity) {
            return receivers.stream().flatMap(r -> Arrays.stream(r.getMethods()))
                    .anyMatch(m -> m.getName().equals(name) && (m.getParameterCount() == arity
                            || (m.isVarArgs() && arity >= m.getParameterCount() - 1)));
        }

        /** The class a call returns: a builder's self type stays the receiver; other type variables are unknown. */
        private static Class<?> result(Class<?> receiver, Method m) {
            Type generic = m.getGenericReturnType();
            if (generic instanceof TypeVariable<?> variable) {
                Type[] bounds = variable.getBounds();
                boolean selfType = variable.getGenericDeclaration() instanceof Class<?> declaring
                        && bounds.length == 1 && bounds[0] instanceof ParameterizedType bound
                        && bound.getRawType() == declaring;
                return selfType ? receiver : null;
            }
            Class<?> raw = m.getReturnType();
            return raw == void.class ? null : raw;
        }

        /** A nested type or a public field (enum constants included) of the receiver. */
        private Set<Class<?>> member(Set<Class<?>> receivers, String name) {
            if (receivers.isEmpty()) {
                return Set.of();
            }
            references++;
            Set<Class<?>> results = new LinkedHashSet<>();
            for (Class<?> receiver : receivers) {
                for (Class<?> nested : receiver.getClasses()) {
                    if (nested.getSimpleName().equals(name)) {
                        results.add(nested);
                    }
                }
                for (Field field : receiver.getFields()) {
                    if (field.getName().equals(name)) {
                        results.add(field.getType());
                    }
                }
            }
            if (results.isEmpty()) {
                problems.add(names(receivers) + " has no member " + name);
            }
            return results;
        }

        /** The number of arguments between the brackets, or -1 when they hold an ellipsis. */
        private int arity(int from, int to) {
            if (from == to) {
                return 0;
            }
            int depth = 0;
            int commas = 0;
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.kind() == Kind.ELLIPSIS) {
                    return -1;
                }
                if (t.is("(") || t.is("[") || t.is("{") || (t.is("<") && i > from
                        && tokens.get(i - 1).kind() == Kind.IDENT
                        && Character.isUpperCase(tokens.get(i - 1).text().charAt(0)))) {
                    depth++;
                } else if (t.is(")") || t.is("]") || t.is("}") || (t.is(">") && depth > 0)) {
                    depth--;
                } else if (t.is(",") && depth == 0) {
                    commas++;
                }
            }
            return commas + 1;
        }

        private int closing(int open) {
            int depth = 0;
            for (int i = open; i < tokens.size(); i++) {
                if (tokens.get(i).is("(")) {
                    depth++;
                } else if (tokens.get(i).is(")") && --depth == 0) {
                    return i;
                }
            }
            problems.add("unbalanced brackets");
            return tokens.size() - 1;
        }

        private static List<Token> tokenize(String code) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < code.length()) {
                char c = code.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < code.length() && code.charAt(j) != c) {
                        j += code.charAt(j) == '\\' ? 2 : 1;
                    }
                    out.add(new Token(Kind.LITERAL, code.substring(i, Math.min(j + 1, code.length()))));
                    i = j + 1;
                } else if (Character.isDigit(c)) {
                    int j = i + 1;
                    while (j < code.length() && (Character.isLetterOrDigit(code.charAt(j)) || code.charAt(j) == '.'
                            || ((code.charAt(j) == '-' || code.charAt(j) == '+')
                            && Character.toLowerCase(code.charAt(j - 1)) == 'e'))) {
                        j++;
                    }
                    out.add(new Token(Kind.LITERAL, code.substring(i, j)));
                    i = j;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i + 1;
                    while (j < code.length() && Character.isJavaIdentifierPart(code.charAt(j))) {
                        j++;
                    }
                    out.add(new Token(Kind.IDENT, code.substring(i, j)));
                    i = j;
                } else if (c == '…' || code.startsWith("...", i)) {
                    out.add(new Token(Kind.ELLIPSIS, "…"));
                    i += c == '…' ? 1 : 3;
                } else if (code.startsWith("->", i) || code.startsWith("::", i)) {
                    out.add(new Token(Kind.PUNCT, code.substring(i, i + 2)));
                    i += 2;
                } else {
                    out.add(new Token(Kind.PUNCT, String.valueOf(c)));
                    i++;
                }
            }
            return out;
        }

        private static Class<?> cellEngine() {
            Class<?> type = Types.resolve("CellEngine");
            if (type == null) {
                throw new AssertionError("cellengine.api.CellEngine is not on the test's path");
            }
            return type;
        }

        private static String names(Set<Class<?>> types) {
            List<String> names = new ArrayList<>();
            types.forEach(t -> names.add(t.getName().substring(t.getPackageName().length() + 1).replace('$', '.')));
            return String.join(" / ", names);
        }

        private static String join(Set<Integer> values) {
            List<String> parts = new ArrayList<>();
            values.forEach(v -> parts.add(String.valueOf(v)));
            return String.join(" or ", parts);
        }
    }

    // ---- helpers ----

    /** Runs javac in this JVM against the SDK's jars; returns what it printed. */
    private static String javac(Path source, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<String> path = new ArrayList<>();
        for (String type : List.of("cellengine.api.CellEngine", "cellengine.analysis.fcs.FcsData",
                "jakarta.json.Json", "jakarta.json.bind.Jsonb")) {
            path.add(location(type));
        }
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError(
                "javac is not available: run the build on a JDK, not a JRE"));
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        javac.run(writer, writer, "--release", "17", "-proc:none", "-encoding", "UTF-8", "-nowarn",
                "-cp", String.join(File.pathSeparator, path), "-d", classes.toString(), source.toString());
        writer.flush();
        return out.toString();
    }

    private static String location(String typeName) {
        try {
            Class<?> type = Class.forName(typeName, false, ClassLoader.getSystemClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ReflectiveOperationException | URISyntaxException e) {
            throw new AssertionError("cannot locate the jar of " + typeName + " on the test's paths", e);
        }
    }

    /** The checkout's root: the first directory above this module's output holding the doc. */
    private static Path repoRoot() {
        Path start = Path.of(System.getProperty("it.app", "")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DOC_NAME))) {
                return dir;
            }
        }
        throw new AssertionError("no " + DOC_NAME + " above " + start);
    }

    private static int lineCount(CharSequence text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
