package cellengine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour rules the code follows live in the repository's {@code docs/}, and the code cites them by section,
 * as {@code docs/wire.md#errors} (see docs/conventions.md#files-and-javadoc). This test walks the sources and docs
 * of the whole repository and fails
 * <ul>
 *   <li>when a cited {@code docs/<file>.md} or {@code docs/<file>.md#<anchor>} does not exist, or a relative link
 *       between Markdown files points at a missing file or heading;</li>
 *   <li>when anything still cites the working spec that is kept outside the repository (its API reference,
 *       semantics, FCS notes, build notes and style guide, by their file names) or cites a section by number, which
 *       only those files had. Section signs after an RFC number ({@code RFC 9110 ...}) are fine.</li>
 * </ul>
 * Anchors are computed as GitHub computes them for headings (lower case, punctuation other than hyphens and
 * underscores dropped, spaces turned into hyphens, {@code -1}, {@code -2} for repeats), plus explicit
 * {@code <a id="...">} and {@code <a name="...">} tags.
 */
class DocCitationsTest {

    /** File kinds whose text may cite docs: sources, POMs, docs, scripts, and CI entry points named {@code run}. */
    private static final List<String> SCANNED_SUFFIXES = List.of(".java", ".md", ".xml", ".sh", ".properties");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules");

    private static final Pattern DOC_CITATION =
            Pattern.compile("(?<![\\w.-])docs/((?:[\\w.-]+/)*[\\w.-]+\\.md)(?:#([\\w-]+))?");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern OUTSIDE_FILE =
            Pattern.compile("(?<![\\w/.-])(?:cellengine-api|fcs[-]format|build[-]notes|style)[.]md(?![\\w-])");
    private static final Pattern OUTSIDE_SEMANTICS = Pattern.compile("(?<![\\w/.-])semantics[.]md(?![\\w-])");
    private static final Pattern OUTSIDE_NAME = Pattern.compile("(?<![\\w/.-])(?:build[-]notes|fcs[-]format)(?![\\w.-])");
    private static final Pattern SECTION_SIGN = Pattern.compile("(?<!RFC ?\\d{1,5} ?)\u00a7");

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=[\"']([^\"']+)[\"']");

    @Test
    void every_cited_doc_file_and_section_exists() {
        List<String> problems = brokenCitations(repositoryRoot());
        assertTrue(problems.isEmpty(), () -> problems.size() + " citation(s) of docs/ point nowhere (fix the "
                + "citation, or add the heading or <a id=\"...\"></a> it names):\n  " + String.join("\n  ", problems));
    }

    /** The behaviour the code follows is stated in the repository's docs; nothing cites a file outside it. */
    @Test
    void nothing_cites_a_spec_file_outside_the_repository() {
        List<String> problems = outsideCitations(repositoryRoot());
        assertTrue(problems.isEmpty(), () -> problems.size() + " citation(s) of files outside the repository; cite "
                + "the section of docs/ that states the rule, as docs/<file>.md#<anchor>:\n  "
                + String.join("\n  ", problems));
    }

    @Test
    void anchors_are_computed_as_github_computes_them() {
        Set<String> anchors = anchorsOf(String.join("\n",
                "# The CellEngine REST API, as this project speaks it",
                "## D8 Tailoring",
                "### java.net.http and proxies",
                "### `percentOf` (and friends)",
                "## Notes",
                "## Notes",
                "```bash",
                "# not a heading",
                "```",
                "<a id=\"quirk-z-channel\"></a>",
                "1. <a name=\"legacy\"></a>**item**"));
        assertEquals(Set.of("the-cellengine-rest-api-as-this-project-speaks-it", "d8-tailoring",
                "javanethttp-and-proxies", "percentof-and-friends", "notes", "notes-1", "quirk-z-channel", "legacy"),
                anchors);
    }

    @Test
    void a_missing_anchor_a_missing_file_and_an_outside_citation_are_reported(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/wire.md"), "# Wire\n\n## Errors\n\nSee [scales](semantics" + ".md#scales).\n");
        Files.writeString(root.resolve("docs/semantics.md"), "# Semantics\n\n## Scales\n");
        Path source = root.resolve("src/Example.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, String.join("\n",
                "/** Errors (docs/wire.md#errors), scales (docs/semantics.md#scales). */",
                "/** Gone (docs/" + "wire.md#no-such-section), never written (docs/fcs.md). */",
                "/** Old: (semantics" + ".md " + "\u00a7" + "9.3), fine: RFC 9110 " + "\u00a7" + "9.2.2. */"));

        List<String> broken = brokenCitations(root);
        assertEquals(2, broken.size(), () -> String.join("\n", broken));
        assertTrue(broken.get(0).contains("src/Example.java:2") && broken.get(0).contains("#no-such-section"),
                broken.get(0));
        assertTrue(broken.get(1).contains("docs/fcs.md") && broken.get(1).contains("does not exist"), broken.get(1));

        List<String> outside = outsideCitations(root);
        assertEquals(2, outside.size(), () -> String.join("\n", outside));
        assertTrue(outside.stream().allMatch(p -> p.startsWith("src/Example.java:3:")), () -> String.join("\n", outside));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** {@return every citation of docs/ and every relative Markdown link whose file or anchor is missing} */
    static List<String> brokenCitations(Path root) {
        Map<Path, Set<String>> anchorCache = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : scannedFiles(root)) {
            String rel = relative(root, file);
            List<String> lines = lines(file);
            boolean markdown = rel.endsWith(".md");
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m = DOC_CITATION.matcher(line);
                while (m.find()) {
                    check(root, root.resolve("docs").resolve(m.group(1)), m.group(2), rel, i + 1, m.group(),
                            anchorCache, problems);
                }
                if (!markdown) {
                    continue;
                }
                Matcher link = MARKDOWN_LINK.matcher(line);
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                        continue; // https:, mailto: and the like
                    }
                    int hash = target.indexOf('#');
                    String path = hash < 0 ? target : target.substring(0, hash);
                    String anchor = hash < 0 ? null : target.substring(hash + 1);
                    if (!path.isEmpty() && !path.endsWith(".md")) {
                        continue; // links to sources and images are not doc citations
                    }
                    Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                    check(root, resolved, anchor, rel, i + 1, "(" + target + ")", anchorCache, problems);
                }
            }
        }
        return problems;
    }

    /** {@return every place that cites the out-of-repository spec by file name or by section number} */
    static List<String> outsideCitations(Path root) {
        List<String> problems = new ArrayList<>();
        for (Path file : scannedFiles(root)) {
            String rel = relative(root, file);
            boolean inDocs = rel.startsWith("docs/");
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Set<String> found = new LinkedHashSet<>();
                collect(OUTSIDE_FILE.matcher(line), found);
                collect(OUTSIDE_NAME.matcher(line), found);
                collect(SECTION_SIGN.matcher(line), found);
                Matcher semantics = OUTSIDE_SEMANTICS.matcher(line);
                while (semantics.find()) {
                    // inside docs/, a Markdown link target right after "](" is a relative link to docs/semantics.md itself
                    boolean relativeLink = inDocs && semantics.start() >= 2
                            && line.startsWith("](", semantics.start() - 2);
                    if (!relativeLink) {
                        found.add(semantics.group());
                    }
                }
                for (String what : found) {
                    problems.add(rel + ":" + (i + 1) + ": " + describe(what) + " in: " + shorten(line.strip()));
                }
            }
        }
        return problems;
    }

    private static void collect(Matcher m, Set<String> found) {
        while (m.find()) {
            found.add(m.group());
        }
    }

    private static String describe(String what) {
        return what.equals("\u00a7") ? "a section number" : "'" + what + "'";
    }

    private static void check(Path root, Path target, String anchor, String rel, int line, String citation,
            Map<Path, Set<String>> anchorCache, List<String> problems) {
        if (!Files.isRegularFile(target)) {
            problems.add(rel + ":" + line + ": " + citation + ": " + relative(root, target) + " does not exist");
            return;
        }
        if (anchor == null || anchor.isEmpty()) {
            return;
        }
        Set<String> anchors = anchorCache.computeIfAbsent(target, t -> anchorsOf(String.join("\n", lines(t))));
        if (!anchors.contains(anchor)) {
            problems.add(rel + ":" + line + ": " + citation + ": " + relative(root, target) + " has no heading or "
                    + "anchor '" + anchor + "'");
        }
    }

    /** {@return the anchors GitHub gives a Markdown text: heading slugs plus explicit {@code <a id|name>} tags} */
    static Set<String> anchorsOf(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
            Matcher explicit = EXPLICIT_ANCHOR.matcher(line);
            while (explicit.find()) {
                anchors.add(explicit.group(1));
            }
        }
        return anchors;
    }

    /** GitHub's heading slug: tags and link targets dropped, lower case, only letters, digits, _, - and spaces kept. */
    static String slug(String heading) {
        String text = heading.replaceAll("<[^>]+>", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        return text.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    private static List<Path> scannedFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !relative(root, p).isEmpty())
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.equals("run") || SCANNED_SUFFIXES.stream().anyMatch(name::endsWith);
                    })
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String shorten(String s) {
        return s.length() <= 140 ? s : s.substring(0, 137) + "...";
    }

    /** The directory with the parent pom.xml and .git or docs/, found by walking up from the working directory. */
    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))
                    && (Files.exists(dir.resolve(".git")) || Files.isDirectory(dir.resolve("docs")))
                    && Files.isDirectory(dir.resolve("cellengine-it"))) {
                return dir;
            }
        }
        throw new AssertionError("no repository root (pom.xml with .git or docs/) above " + start);
    }
}
