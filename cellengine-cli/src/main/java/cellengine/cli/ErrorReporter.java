package cellengine.cli;

import cellengine.api.ApiException;
import cellengine.api.ForbiddenException;
import cellengine.api.NotFoundException;
import cellengine.api.TransportException;
import cellengine.api.UnauthorizedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an exception into one clear line on stderr and an exit code that says what kind of failure it was. */
final class ErrorReporter implements IExecutionExceptionHandler {

    static final int USAGE = 2;
    static final int AUTH = 3;
    static final int NOT_FOUND = 4;
    static final int SERVER = 5;
    static final int NETWORK = 6;
    static final int OTHER = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("cellengine: " + e.getMessage());
        return exitCode(e);
    }

    static int exitCode(Exception e) {
        if (e instanceof UnauthorizedException || e instanceof ForbiddenException) {
            return AUTH;
        }
        if (e instanceof NotFoundException) {
            return NOT_FOUND;
        }
        if (e instanceof ApiException api) {
            return api.status() >= 500 ? SERVER : USAGE;
        }
        if (e instanceof TransportException) {
            return NETWORK;
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return USAGE;
        }
        return OTHER;
    }
}
