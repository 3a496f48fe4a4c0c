package cellengine.fakeserver;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake server in the foreground:
 * {@code java -jar cellengine-fake-server.jar [--port 8080] [--host 127.0.0.1] [--seed N] [--token T] [--tls]}. It prints its URL,
 * the default user's credentials and a token, then serves until the process is stopped.
 *
 * @since 0.1
 */
public final class Main {

    /** The environment variable holding a fixed token for the default user, as {@code --token} does. */
    public static final String TOKEN_VARIABLE = "CELLENGINE_FAKE_TOKEN";

    private static final String USAGE = "Usage: java -jar cellengine-fake-server.jar [--port N] [--host ADDRESS] "
            + "[--seed N] [--token TOKEN] [--tls [--tls-client-auth]]\n"
            + "  --port N         port to listen on; 0 picks a free one (default 8080)\n"
            + "  --host ADDRESS   interface to listen on (default 127.0.0.1)\n"
            + "  --seed N         make ids and tokens repeatable\n"
            + "  --token TOKEN    the default user's token (16-256 of A-Z a-z 0-9 . _ ~ -); also read from the\n"
            + "                   environment variable " + TOKEN_VARIABLE + "; random when neither is given\n"
            + "  --tls            serve HTTPS with a certificate from a test CA made at start (it prints the CA\n"
            + "                   bundle to trust)\n"
            + "  --tls-client-auth  with --tls: require a client certificate from that CA (mutual TLS)";

    private Main() {
    }

    /**
     * Starts the server and blocks until the JVM shuts down. Exits with status 2 on bad arguments and 1 when
     * the server cannot start.
     *
     * @param args the options; {@code --help} lists them
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        FakeConfig options;
        try {
            options = parse(args, System.getenv(TOKEN_VARIABLE));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        FakeCellEngine server;
        try {
            FakeConfig chosen = options;
            server = FakeCellEngine.start(c -> {
                c.port = chosen.port;
                c.host = chosen.host;
                c.seed = chosen.seed;
                c.token = chosen.token;
            });
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "fake-cellengine-shutdown"));
        describe(server, System.out);
        stopped.await();
    }

    static void describe(FakeCellEngine server, PrintStream out) {
        out.println("Fake CellEngine listening on " + server.baseUrl());
        out.println("  username: " + server.username());
        out.println("  password: " + server.password());
        out.println("  token:    " + server.token());
        out.println("  try:      curl " + server.pki().map(pki -> "--cacert " + pki.caBundle() + " ").orElse("")
                + "-H 'Authorization: Bearer " + server.token() + "' " + server.baseUrl() + "/api/v1/experiments");
        server.pki().ifPresent(pki -> {
            out.println("  CA:       " + pki.caBundle() + " (trust it: CELLENGINE_CA_BUNDLE, curl --cacert)");
            out.println("  client:   " + pki.clientKeyStore() + " (PKCS12, for mutual TLS; its password is in "
                    + pki.directory().resolve("password.txt") + ")");
        });
        out.println("Stop with Ctrl+C.");
        out.flush();
    }

    /** {@return the options, or null when help was asked for} */
    static FakeConfig parse(String[] args) {
        return parse(args, null);
    }

    /** {@return the options, or null when help was asked for; {@code --token} wins over the variable} */
    static FakeConfig parse(String[] args, String tokenVariable) {
        FakeConfig config = new FakeConfig();
        config.port = 8080;
        config.token = tokenVariable == null || tokenVariable.isBlank() ? null : tokenVariable.trim();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h":
                case "--help":
                    return null;
                case "--port":
                    config.port = integer(arg, value(args, ++i, arg));
                    break;
                case "--host":
                    config.host = value(args, ++i, arg);
                    break;
                case "--token":
                    config.token = value(args, ++i, arg);
                    break;
                case "--seed":
                    config.seed = (long) integer(arg, value(args, ++i, arg));
                    break;
                case "--tls":
                    config.tls = true;
                    break;
                case "--tls-client-auth":
                    config.requireClientCertificate = true;
                    break;
                default:
                    throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        config.validate();
        return config;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int integer(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer, was \"" + text + "\"");
        }
    }
}
