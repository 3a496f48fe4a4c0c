package cellengine.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The profile file {@code profiles.properties} in the CLI's config folder: keys {@code <profile>.base-url},
 * {@code <profile>.token} and {@code <profile>.username}, and the network settings {@code <profile>.proxy},
 * {@code .no-proxy}, {@code .proxy-user}, {@code .ca-bundle}, {@code .client-cert} and {@code .transport}.
 *
 * <p>The file may hold tokens, so on a POSIX file system it must be readable by its owner only: a file whose mode
 * grants anything to the group or to others is refused, naming the file, its mode and the {@code chmod} that fixes
 * it. Writes go to a temporary file created with mode 600 and moved into place, in a folder of mode 700.
 */
final class ProfileFile {

    static final String FILE_NAME = "profiles.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    ProfileFile(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** {@return the file's path} */
    Path path() {
        return file;
    }

    /**
     * Reads one profile.
     *
     * @param name the profile's name
     * @return the profile, or empty when the file does not exist or has no key for it
     * @throws CliException (usage) when the file is readable by others or cannot be parsed
     */
    Optional<Profile> read(String name) {
        Profile.requireValidName(name);
        Properties properties = load();
        String prefix = name + ".";
        if (properties.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
            return Optional.empty();
        }
        return Optional.of(new Profile(name, blankToNull(properties.getProperty(prefix + "base-url")),
                blankToNull(properties.getProperty(prefix + "token")),
                blankToNull(properties.getProperty(prefix + "username")),
                new Profile.Network(blankToNull(properties.getProperty(prefix + "proxy")),
                        blankToNull(properties.getProperty(prefix + "no-proxy")),
                        blankToNull(properties.getProperty(prefix + "proxy-user")),
                        blankToNull(properties.getProperty(prefix + "ca-bundle")),
                        blankToNull(properties.getProperty(prefix + "client-cert")),
                        blankToNull(properties.getProperty(prefix + "transport")))));
    }

    /** {@return the names of the profiles in the file, sorted; empty when there is no file} */
    List<String> names() {
        Set<String> names = new TreeSet<>();
        for (String key : load().stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            if (dot > 0) {
                names.add(key.substring(0, dot));
            }
        }
        return List.copyOf(names);
    }

    /**
     * Adds or replaces a profile, keeping the others.
     *
     * @param profile the profile to write
     * @throws UncheckedIOException when the file cannot be written
     */
    void write(Profile profile) {
        Properties properties = load();
        String prefix = profile.name() + ".";
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(properties::remove);
        put(properties, prefix + "base-url", profile.baseUrl());
        put(properties, prefix + "token", profile.token());
        put(properties, prefix + "username", profile.username());
        Profile.Network network = profile.network();
        put(properties, prefix + "proxy", network.proxy());
        put(properties, prefix + "no-proxy", network.noProxy());
        put(properties, prefix + "proxy-user", network.proxyUser());
        put(properties, prefix + "ca-bundle", network.caBundle());
        put(properties, prefix + "client-cert", network.clientCert());
        put(properties, prefix + "transport", network.transport());
        try {
            StringWriter text = new StringWriter();
            properties.store(text, "CellEngine CLI profiles. Holds tokens: keep it private (chmod 600).");
            Path directory = file.getParent();
            Path temp;
            if (posix()) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
                temp = Files.createTempFile(directory, ".profiles", ".tmp", PosixFilePermissions.asFileAttribute(
                        OWNER_ONLY));
            } else {
                Files.createDirectories(directory);
                temp = Files.createTempFile(directory, ".profiles", ".tmp");
            }
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.ISO_8859_1)) {
                    out.write(text.toString());
                }
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the profile file " + file, e);
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (!Files.exists(file)) {
            return properties;
        }
        checkPrivate();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read the profile file " + file + ": " + e.getMessage());
        }
        return properties;
    }

    private void checkPrivate() {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> mode;
        try {
            mode = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read the mode of the profile file " + file + ": " + e);
        }
        if (!OWNER_ONLY.containsAll(mode)) {
            throw new CliException(ExitCodes.USAGE, "refusing to read the profile file " + file + ": its mode is "
                    + octal(mode) + " (" + PosixFilePermissions.toString(mode) + "), so other users could read the "
                    + "tokens in it; run: chmod 600 " + file);
        }
    }

    private boolean posix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String octal(Set<PosixFilePermission> mode) {
        int bits = 0;
        for (PosixFilePermission p : mode) {
            bits |= 1 << (8 - p.ordinal());
        }
        return String.format("%03o", bits);
    }

    private static void put(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
