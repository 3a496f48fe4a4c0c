package cellengine.consumers;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the README and docs tell a user to write matches the build: the complete POM in docs/sdk.md is the consumer
 * project the invoker builds, every coordinate names a published artifact at the reactor's version, every
 * {@code requires} names a real module and every {@code import} an exported package, and the BOM manages exactly
 * the published artifacts plus the JSON versions the parent pom builds with.
 */
class DocsMatchTheBuildTest {

    private static final Path ROOT = Path.of(System.getProperty("consumers.root")).toAbsolutePath().normalize();
    private static final String GROUP = System.getProperty("consumers.groupId");
    private static final String VERSION = System.getProperty("consumers.version");
    private static final List<Path> DOCS = List.of(ROOT.resolve("README.md"), ROOT.resolve("docs/sdk.md"),
            ROOT.resolve("docs/junit.md"), ROOT.resolve("docs/modules.md"), ROOT.resolve("docs/testcontainers.md"));
    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern COORDINATE = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)"
            + "</artifactId>(\\s*<version>([^<]+)</version>)?");

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Element parent, String child) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(child)) {
                return n.getTextContent().strip();
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** Module directory → whether it is published (no {@code maven.install.skip}). */
    private static Map<String, Boolean> modules() throws Exception {
        Map<String, Boolean> modules = new LinkedHashMap<>();
        NodeList list = xml(ROOT.resolve("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < list.getLength(); i++) {
            String dir = list.item(i).getTextContent().strip();
            Element properties = child(xml(ROOT.resolve(dir).resolve("pom.xml")).getDocumentElement(), "properties");
            boolean skip = properties != null && "true".equals(text(properties, "maven.install.skip"));
            modules.put(dir, !skip);
        }
        return modules;
    }

    private static String artifactId(String moduleDir) throws Exception {
        return text(xml(ROOT.resolve(moduleDir).resolve("pom.xml")).getDocumentElement(), "artifactId");
    }

    private static Set<String> published() throws Exception {
        Set<String> published = new TreeSet<>();
        for (Map.Entry<String, Boolean> m : modules().entrySet()) {
            if (m.getValue()) {
                published.add(artifactId(m.getKey()));
            }
        }
        return published;
    }

    private static Map<String, String> bom() throws Exception {
        Element root = xml(ROOT.resolve("cellengine-bom/pom.xml")).getDocumentElement();
        Element properties = child(root, "properties");
        Map<String, String> managed = new LinkedHashMap<>();
        NodeList deps = root.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String version = text(d, "version");
            if (version.startsWith("${") && !version.equals("${project.version}")) {
                version = text(properties, version.substring(2, version.length() - 1));
            }
            managed.put(text(d, "groupId") + ":" + text(d, "artifactId"), version);
        }
        return managed;
    }

    private static List<String> blocks(Path doc, String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(Files.readString(doc));
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }

    private static Map<String, Set<String>> moduleExports() throws IOException {
        Map<String, Set<String>> exports = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(ROOT, 6)) {
            for (Path info : files.filter(p -> p.endsWith(Path.of("src/main/java/module-info.java")))
                    .collect(Collectors.toList())) {
                String source = Files.readString(info);
                Matcher name = Pattern.compile("module\\s+([\\w.]+)\\s*\\{").matcher(source);
                assertTrue(name.find(), info.toString());
                Set<String> packages = new LinkedHashSet<>();
                Matcher e = Pattern.compile("exports\\s+([\\w.]+)\\s*;").matcher(source);
                while (e.find()) {
                    packages.add(e.group(1));
                }
                exports.put(name.group(1), packages);
            }
        }
        return exports;
    }

    @Test
    void the_complete_pom_in_the_sdk_guide_is_the_consumer_project_the_build_compiles_and_tests() throws Exception {
        String built = Files.readString(ROOT.resolve("cellengine-consumers/src/it/sdk-junit-test/pom.xml"))
                .replace("@project.version@", VERSION)
                .replace("@junit.version@", System.getProperty("consumers.junitVersion"));
        List<String> shown = blocks(ROOT.resolve("docs/sdk.md"), "xml").stream()
                .filter(b -> b.contains("<project ")).collect(Collectors.toList());
        assertEquals(1, shown.size(), "docs/sdk.md shows one complete POM");
        assertEquals(built, shown.get(0), "docs/sdk.md's POM and src/it/sdk-junit-test/pom.xml");
    }

    @Test
    void every_coordinate_in_the_docs_is_a_published_artifact_at_this_version() throws Exception {
        Set<String> published = published();
        published.add("cellengine-bom");
        int seen = 0;
        for (Path doc : DOCS) {
            for (String block : blocks(doc, "xml")) {
                Matcher m = COORDINATE.matcher(block);
                while (m.find()) {
                    if (!m.group(1).equals(GROUP)) {
                        continue;
                    }
                    seen++;
                    assertTrue(published.contains(m.group(2)), doc + " names " + m.group(2) + ", published are "
                            + published);
                    if (m.group(4) != null && !m.group(4).equals("${cellengine.version}")) {
                        assertEquals(VERSION, m.group(4), doc + ": version of " + m.group(2));
                    }
                }
            }
            String text = Files.readString(doc);
            Matcher property = Pattern.compile("<cellengine\\.version>([^<]+)</cellengine\\.version>").matcher(text);
            while (property.find()) {
                assertEquals(VERSION, property.group(1), doc + ": cellengine.version");
            }
        }
        assertTrue(seen >= 6, "the docs show the coordinates (" + seen + " found)");
    }

    @Test
    void every_requires_and_import_in_the_docs_names_a_real_module_and_an_exported_package() throws Exception {
        Map<String, Set<String>> exports = moduleExports();
        Set<String> packages = exports.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        int seen = 0;
        for (Path doc : DOCS) {
            for (String block : blocks(doc, "java")) {
                Matcher requires = Pattern.compile("requires\\s+(?:transitive\\s+|static\\s+)?(cellengine[\\w.]*)\\s*;")
                        .matcher(block);
                while (requires.find()) {
                    seen++;
                    assertTrue(exports.containsKey(requires.group(1)), doc + " requires " + requires.group(1)
                            + ", modules are " + exports.keySet());
                }
                Matcher imports = Pattern.compile("import\\s+(?:static\\s+)?(cellengine[\\w.]*)\\.[A-Z*][\\w*]*"
                        + "(?:\\.\\w+)?\\s*;").matcher(block);
                while (imports.find()) {
                    seen++;
                    assertTrue(packages.contains(imports.group(1)), doc + " imports from " + imports.group(1)
                            + ", which no module exports");
                }
            }
        }
        assertTrue(seen >= 5, "the docs show module-info lines and imports (" + seen + " found)");
    }

    @Test
    void the_bom_manages_every_published_artifact_and_the_json_versions_the_sdk_builds_with() throws Exception {
        Map<String, String> bom = bom();
        Set<String> ours = bom.keySet().stream().filter(k -> k.startsWith(GROUP + ":"))
                .map(k -> k.substring(GROUP.length() + 1)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> published = published();
        published.remove("cellengine-bom");
        assertEquals(published, ours, "the BOM lists exactly the published artifacts");
        Element parentProperties = child(xml(ROOT.resolve("pom.xml")).getDocumentElement(), "properties");
        Map<String, String> json = Map.of("jakarta.json.bind:jakarta.json.bind-api", "jsonb-api.version",
                "jakarta.json:jakarta.json-api", "json-api.version", "org.eclipse.yasson:yasson", "yasson.version",
                "org.eclipse.parsson:parsson", "parsson.version");
        json.forEach((artifact, property) -> assertEquals(text(parentProperties, property), bom.get(artifact),
                "the BOM's " + artifact + " and the parent's " + property));
        assertFalse(bom.containsKey("io.javalin:javalin"), "Jetty and Javalin stay the fake server's business");
    }

    @Test
    void unpublished_modules_skip_install_deploy_sources_and_javadoc() throws Exception {
        for (Map.Entry<String, Boolean> m : modules().entrySet()) {
            if (m.getValue()) {
                continue;
            }
            Element properties = child(xml(ROOT.resolve(m.getKey()).resolve("pom.xml")).getDocumentElement(),
                    "properties");
            for (String skip : List.of("maven.deploy.skip", "maven.source.skip", "maven.javadoc.skip")) {
                assertEquals("true", text(properties, skip), m.getKey() + ": " + skip);
            }
        }
        assertEquals(Set.of("cellengine-it", "cellengine-benchmarks", "examples/custom-transport",
                "examples/gateway-signing", "cellengine-consumers"), modules().entrySet().stream().filter(m -> !m.getValue())
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    @Test
    void every_published_jar_has_a_module_name_that_does_not_come_from_its_file_name() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            String file = path.getFileName().toString();
            if (!file.matches("cellengine-[a-z-]+-" + Pattern.quote(VERSION) + "\\.jar")) {
                continue;
            }
            java.lang.module.ModuleDescriptor descriptor = java.lang.module.ModuleFinder.of(path).findAll()
                    .iterator().next().descriptor();
            if (descriptor.isAutomatic()) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
                    assertEquals(descriptor.name(), jar.getManifest().getMainAttributes()
                            .getValue("Automatic-Module-Name"), file + " is an automatic module named by its file");
                }
            }
            names.put(file.substring(0, file.length() - VERSION.length() - 5), descriptor.name()
                    + (descriptor.isAutomatic() ? " (automatic)" : ""));
        }
        Set<String> published = published();
        published.remove("cellengine-bom");
        assertEquals(published, names.keySet(), "the published jars on this test's classpath (mvn verify)");
        assertEquals("cellengine.testcontainers (automatic)", names.get("cellengine-testcontainers"),
                "Testcontainers has no module name to require, so this one has no descriptor");
        names.remove("cellengine-testcontainers");
        names.forEach((artifact, name) -> assertFalse(name.endsWith("(automatic)"),
                artifact + " ships a module-info: " + name));
    }
}
