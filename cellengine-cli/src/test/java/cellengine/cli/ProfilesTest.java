package cellengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.fakeserver.FakeCellEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration: profiles written with mode 600, refused when others can read them, and the precedence rules. */
class ProfilesTest {

    private static FakeCellEngine server;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        server = FakeCellEngine.start();
        try (CellEngine sdk = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build()) {
            sdk.postExperiment("Profiles");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Path profileFile() {
        return home.resolve(".config/cellengine/profiles.properties");
    }

    @Test
    void configure_asks_for_the_token_without_echo_and_writes_the_file_with_mode_600() throws IOException {
        List<String> asked = new ArrayList<>();
        Cli.Result r = new Cli(home).secrets(text -> {
            asked.add(text);
            return server.token().toCharArray();
        }).run("configure", "--profile", "local", "--base-url", server.baseUrl());
        assertEquals(0, r.status(), r::toString);
        assertEquals(List.of("Token for " + server.baseUrl() + ": "), asked);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(profileFile())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(profileFile()
                .getParent())));
        assertFalse(r.out().contains(server.token()), "the token is not printed");
        assertTrue(r.out().contains("Saved profile 'local'"), r::toString);

        Cli.Result list = new Cli(home).run("experiments", "list", "--profile", "local");
        assertEquals(0, list.status(), list::toString);
        assertTrue(list.out().contains("Profiles"), list::toString);
    }

    @Test
    void the_default_profile_is_used_when_nothing_else_is_set_and_the_environment_beats_it() {
        new Cli(home).secrets(text -> server.token().toCharArray()).run("configure", "--base-url",
                server.baseUrl());
        assertEquals(0, new Cli(home).run("experiments", "list").status(), "the default profile");
        Cli.Result envWins = new Cli(home).env("CELLENGINE_AUTH_TOKEN", "from-environment").run("experiments",
                "list");
        assertEquals(ExitCodes.AUTH, envWins.status(), "the environment's (wrong) token comes before the default "
                + "profile: " + envWins);
        Cli.Result flagWins = new Cli(home).env("CELLENGINE_AUTH_TOKEN", "from-environment")
                .run("experiments", "list", "--token", server.token());
        assertEquals(0, flagWins.status(), flagWins::toString);
    }

    @Test
    void a_profile_file_others_can_read_is_refused_with_the_fix() throws IOException {
        new Cli(home).secrets(text -> server.token().toCharArray()).run("configure", "--base-url",
                server.baseUrl());
        Files.setPosixFilePermissions(profileFile(), PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Result r = new Cli(home).run("experiments", "list");
        assertEquals(ExitCodes.USAGE, r.status(), r::toString);
        assertEquals("cellengine: refusing to read the profile file " + profileFile() + ": its mode is 644 "
                + "(rw-r--r--), so other users could read the tokens in it; run: chmod 600 " + profileFile()
                + System.lineSeparator(), r.err());
        Files.setPosixFilePermissions(profileFile(), PosixFilePermissions.fromString("rw----r--"));
        assertTrue(new Cli(home).run("experiments", "list").err().contains("mode is 604"));
    }

    @Test
    void a_named_profile_that_does_not_exist_lists_the_ones_that_do() {
        new Cli(home).secrets(text -> server.token().toCharArray()).run("configure", "--profile", "prod");
        Cli.Result r = new Cli(home).run("experiments", "list", "--profile", "staging");
        assertEquals(ExitCodes.USAGE, r.status(), r::toString);
        assertTrue(r.err().contains("no profile 'staging'") && r.err().contains("profiles there: prod"),
                r::toString);
        Cli.Result bad = new Cli(home).run("experiments", "list", "--profile", "../etc");
        assertEquals(ExitCodes.USAGE, bad.status(), bad::toString);
    }

    @Test
    void a_username_profile_asks_for_the_password_which_is_never_saved() throws IOException {
        Cli.Result configured = new Cli(home).run("configure", "--profile", "ada", "--base-url", server.baseUrl(),
                "--username", server.username());
        assertEquals(0, configured.status(), configured::toString);
        String saved = Files.readString(profileFile());
        assertTrue(saved.contains("ada.username=" + server.username().replace("@", "@")), saved);
        assertFalse(saved.contains("password") || saved.contains(server.password()), saved);

        List<String> asked = new ArrayList<>();
        Cli.Result prompted = new Cli(home).secrets(text -> {
            asked.add(text);
            return server.password().toCharArray();
        }).run("experiments", "list", "--profile", "ada");
        assertEquals(0, prompted.status(), prompted::toString);
        assertEquals(List.of("Password for " + server.username() + ": "), asked);

        Cli.Result fromEnv = new Cli(home).env("CELLENGINE_PASSWORD", server.password())
                .run("experiments", "list", "--profile", "ada");
        assertEquals(0, fromEnv.status(), fromEnv::toString);

        Cli.Result noTerminal = new Cli(home).run("experiments", "list", "--profile", "ada");
        assertEquals(ExitCodes.AUTH, noTerminal.status(), noTerminal::toString);
        assertTrue(noTerminal.err().contains("CELLENGINE_PASSWORD"), noTerminal::toString);

        Cli.Result wrong = new Cli(home).secrets(text -> "not-it".toCharArray())
                .run("experiments", "list", "--profile", "ada");
        assertEquals(ExitCodes.AUTH, wrong.status(), wrong::toString);
        assertFalse(wrong.err().contains("not-it"), "the password is never printed");
    }

    @Test
    void configure_without_a_terminal_takes_the_token_from_the_environment_or_explains() {
        Cli.Result none = new Cli(home).run("configure", "--profile", "ci");
        assertEquals(ExitCodes.USAGE, none.status(), none::toString);
        assertTrue(none.err().contains("CELLENGINE_AUTH_TOKEN"), none::toString);
        Cli.Result fromEnv = new Cli(home).env("CELLENGINE_AUTH_TOKEN", server.token())
                .run("configure", "--profile", "ci", "--base-url", server.baseUrl());
        assertEquals(0, fromEnv.status(), fromEnv::toString);
        assertEquals(0, new Cli(home).run("experiments", "list", "--profile", "ci").status());
    }
}
