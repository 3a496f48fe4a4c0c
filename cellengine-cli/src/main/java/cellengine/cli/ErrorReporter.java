package cellengine.cli;

import cellengine.api.ApiException;
import cellengine.api.ForbiddenException;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.TransportException;
import cellengine.api.UnauthorizedException;
import java.io.UncheckedIOException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception into one clear line on stderr, with the request id when a request was made, and an exit code
 * that says what kind of failure it was ({@link ExitCodes}).
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("cellengine: " + line(e));
        commandLine.getErr().flush();
        return exitCode(e);
    }

    /** {@return the message on one line, with the request id appended when the message lacks it} */
    static String line(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UncheckedIOException && e.getCause() != null && e.getCause().getMessage() != null
                && !message.contains(e.getCause().getMessage())) {
            message = message + ": " + e.getCause().getMessage();
        }
        String oneLine = message.strip().replaceAll("\\s*\\R\\s*", " ");
        Optional<String> requestId = requestId(e);
        if (requestId.isPresent() && !oneLine.contains(requestId.get())) {
            oneLine += " (request id " + requestId.get() + ")";
        }
        return oneLine;
    }

    /** {@return the exit status for the exception} */
    static int exitCode(Exception e) {
        if (e instanceof CliException cli) {
            return cli.exitCode();
        }
        if (e instanceof UnauthorizedException || e instanceof ForbiddenException) {
            return ExitCodes.AUTH;
        }
        if (e instanceof NotFoundException) {
            return ExitCodes.NOT_FOUND;
        }
        if (e instanceof NameLookupException lookup) {
            return lookup.matchCount() == 0 ? ExitCodes.NOT_FOUND : ExitCodes.USAGE;
        }
        if (e instanceof ApiException api) {
            return api.status() >= 500 ? ExitCodes.SERVER : ExitCodes.USAGE;
        }
        if (e instanceof TransportException) {
            return ExitCodes.NETWORK;
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.OTHER;
    }

    private static Optional<String> requestId(Exception e) {
        if (e instanceof ApiException api) {
            return api.requestId();
        }
        if (e instanceof TransportException transport) {
            return transport.requestId();
        }
        return Optional.empty();
    }
}
