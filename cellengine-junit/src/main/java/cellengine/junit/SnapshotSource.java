package cellengine.junit;

import cellengine.fakeserver.FakeCellEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The {@code snapshot} attribute of {@link FakeCellEngineTest}: none, a classpath resource or a file. */
final class SnapshotSource {

    private static final String CLASSPATH = "classpath:";

    private final String spec;
    private final Class<?> testClass;

    private SnapshotSource(String spec, Class<?> testClass) {
        this.spec = spec;
        this.testClass = testClass;
    }

    static SnapshotSource parse(String spec, Class<?> testClass) {
        SnapshotSource source = new SnapshotSource(spec.trim(), testClass);
        if (!source.spec.isEmpty()) {
            source.open().close();   // fail at start, naming the snapshot, rather than at the first reset
        }
        return source;
    }

    void loadInto(FakeCellEngine server) {
        if (spec.isEmpty()) {
            return;
        }
        try (Opened opened = open()) {
            server.importSnapshot(opened.stream);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@FakeCellEngineTest(snapshot = \"" + spec + "\") on "
                    + testClass.getName() + ": " + e.getMessage(), e);
        }
    }

    private Opened open() {
        if (spec.startsWith(CLASSPATH)) {
            String resource = spec.substring(CLASSPATH.length()).replaceFirst("^/+", "");
            InputStream in = testClass.getResourceAsStream("/" + resource);
            if (in == null && testClass.getClassLoader() != null) {
                in = testClass.getClassLoader().getResourceAsStream(resource);
            }
            if (in == null) {
                throw new ExtensionConfigurationException("@FakeCellEngineTest(snapshot = \"" + spec + "\") on "
                        + testClass.getName() + ": no classpath resource " + resource + " (look in "
                        + "src/test/resources/" + resource + ")");
            }
            return new Opened(in);
        }
        Path file = Path.of(spec);
        try {
            return new Opened(Files.newInputStream(file));
        } catch (IOException e) {
            throw new ExtensionConfigurationException("@FakeCellEngineTest(snapshot = \"" + spec + "\") on "
                    + testClass.getName() + ": cannot read " + file.toAbsolutePath() + " (" + e + "); use "
                    + "\"classpath:...\" for a resource", e);
        }
    }

    /** An open snapshot stream whose close cannot fail. */
    private static final class Opened implements AutoCloseable {
        private final InputStream stream;

        Opened(InputStream stream) {
            this.stream = stream;
        }

        @Override
        public void close() {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
