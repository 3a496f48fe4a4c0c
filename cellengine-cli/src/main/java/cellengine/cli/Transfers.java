package cellengine.cli;

import cellengine.api.spi.RequestBody;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Uploads and downloads with a {@link Progress}: replayable upload bodies, and downloads moved into place whole. */
final class Transfers {

    private Transfers() {
    }

    /**
     * {@return a replayable body reading the file at each attempt and counting the bytes; a retry restarts the bar}
     *
     * @param file a readable regular file
     * @param progress the bar to advance
     * @throws CliException (usage) when the file is not a readable regular file
     */
    static RequestBody upload(Path file, Progress progress) {
        return RequestBody.ofInputStream(() -> {
            progress.restart();
            try {
                return new CountingInputStream(Files.newInputStream(file), progress);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }, size(file));
    }

    /** {@return the size of a file to upload} */
    static long size(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliException(ExitCodes.USAGE, "cannot upload " + file + ": not a readable regular file");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    /**
     * Writes a download to a temporary file next to {@code target} and moves it into place when complete, so the
     * target never holds a partial download; the temporary file is removed on failure.
     *
     * @param target the file to create or replace
     * @param progress the bar to advance
     * @param download writes the bytes to the stream it is given
     * @throws IOException when the file cannot be written
     */
    static void download(Path target, Progress progress, Download download) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        boolean moved = false;
        try {
            try (OutputStream out = new CountingOutputStream(Files.newOutputStream(temp), progress)) {
                download.to(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes a download's bytes; called once. */
    @FunctionalInterface
    interface Download {
        /**
         * Writes the bytes.
         *
         * @param out the destination; not to be closed
         */
        void to(OutputStream out);
    }

    /**
     * {@return a server-given file name as a path in the current folder: its last segment only, so a name such as
     * {@code ../x} cannot write outside it}
     *
     * @param serverName the file name the server holds
     * @throws CliException (usage) when nothing usable is left; then {@code -O} must name the file
     */
    static Path localName(String serverName) {
        String last = serverName.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        if (last.isBlank() || last.equals(".") || last.equals("..")) {
            throw new CliException(ExitCodes.USAGE, "the server's file name '" + serverName
                    + "' is not usable here; name the output with -O");
        }
        return Path.of(last);
    }

    /**
     * Checks a download target before anything is fetched.
     *
     * @param target the file to write
     * @param force whether an existing file may be replaced
     * @throws CliException (usage) when the file exists and {@code force} is off, or its folder does not exist
     */
    static void checkTarget(Path target, boolean force) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CliException(ExitCodes.USAGE, "cannot write " + target + ": the folder " + parent
                    + " does not exist");
        }
        if (Files.exists(target) && !force) {
            throw new CliException(ExitCodes.USAGE, target + " exists; pass --force to replace it");
        }
    }
}
