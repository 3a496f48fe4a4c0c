package com.example.app;

import cellengine.fakeserver.FakeCellEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the application in child JVMs, on the module path and on the classpath, against a fake server. */
class MainTest {

    private static FakeCellEngine server;

    @BeforeAll
    static void start() {
        server = FakeCellEngine.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> classpathFile(String property) throws IOException {
        String text = Files.readString(Path.of(System.getProperty(property))).strip();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(File.pathSeparator));
    }

    private static long size(List<String> jars) {
        return jars.stream().mapToLong(j -> new File(j).length()).sum();
    }

    private static String describe(List<String> jars) {
        return jars.size() + " jars, " + String.format(java.util.Locale.ROOT, "%.2f MiB", size(jars) / 1048576.0)
                + ": " + jars.stream().map(j -> new File(j).getName()).collect(Collectors.joining(" "));
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("CELLENGINE_BASE_URL", server.baseUrl());
        pb.environment().put("CELLENGINE_AUTH_TOKEN", server.token());
        pb.environment().remove("CELLENGINE_USERNAME");
        pb.environment().remove("CELLENGINE_TRANSPORT");
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the app finished");
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + out);
        return out;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> runtimePath() throws IOException {
        List<String> path = new ArrayList<>(classpathFile("app.runtimeClasspath"));
        path.add(System.getProperty("app.classes"));
        return path;
    }

    @Test
    void runs_on_the_module_path() throws Exception {
        String out = run(List.of(java(), "--module-path", String.join(File.pathSeparator, runtimePath()),
                "-m", "com.example.app/com.example.app.Main"));
        assertTrue(out.contains("created From a consumer"), out);
        assertTrue(out.contains("experiment From a consumer"), out);
        assertTrue(out.contains("from module cellengine.transport.jdk"), out);
    }

    @Test
    void runs_on_the_classpath() throws Exception {
        String out = run(List.of(java(), "-cp", String.join(File.pathSeparator, runtimePath()),
                "com.example.app.Main"));
        assertTrue(out.contains("created From a consumer"), out);
        assertTrue(out.contains("from classpath"), out);
    }

    @Test
    void the_api_and_jdk_transport_need_seven_jars_or_fewer_at_run_time() throws IOException {
        List<String> runtime = classpathFile("app.runtimeClasspath");
        System.out.println("[consumer figures] runtime (cellengine-api + cellengine-transport-jdk): "
                + describe(runtime));
        assertTrue(runtime.size() <= 7, describe(runtime));
        assertTrue(runtime.stream().noneMatch(j -> j.matches(".*(slf4j|logback|log4j|httpclient|okhttp).*")),
                "no logging framework or HTTP library: " + describe(runtime));
    }

    @Test
    void reports_what_the_fake_server_adds_as_a_test_dependency() throws IOException {
        List<String> runtime = classpathFile("app.runtimeClasspath");
        List<String> added = classpathFile("app.testClasspath").stream()
                .filter(j -> !runtime.contains(j))
                .filter(j -> !new File(j).getName().matches("(junit-|opentest4j|apiguardian).*"))
                .collect(Collectors.toList());
        System.out.println("[consumer figures] cellengine-fake-server as a test dependency adds: " + describe(added));
        assertTrue(added.stream().anyMatch(j -> new File(j).getName().startsWith("javalin-")),
                "the fake server's POM brings Javalin: " + describe(added));
        assertTrue(added.stream().noneMatch(j -> new File(j).getName().matches(
                "(slf4j-simple|slf4j-reload4j|slf4j-jdk14|logback-classic|log4j-slf4j2?-impl).*")),
                "the fake server leaves the logging binding to the project that embeds it: " + describe(added));
    }
}
