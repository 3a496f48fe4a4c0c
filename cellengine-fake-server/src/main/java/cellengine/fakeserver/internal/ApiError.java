package cellengine.fakeserver.internal;

/**
 * A request the fake server refuses, with the status it answers. Handlers throw these; the http package's
 * {@code ErrorMapper} turns every one into a response in one place: {@code {"error": message}} for all but 401,
 * which answers the plain text {@code Unauthorized} (docs/semantics.md#d15-status-codes).
 */
public abstract sealed class ApiError extends RuntimeException
        permits ApiError.BadRequest, ApiError.Unauthorized, ApiError.Forbidden, ApiError.NotFound,
        ApiError.Conflict, ApiError.ContentTooLarge {

    private static final long serialVersionUID = 1L;

    private ApiError(String message) {
        super(message, null, false, false);
    }

    /** {@return the HTTP status this error answers} */
    public abstract int status();

    /** 400: the request is malformed or fails validation. */
    public static final class BadRequest extends ApiError {
        private static final long serialVersionUID = 1L;

        /** @param message what was wrong and where, sent to the client as {@code error} */
        public BadRequest(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 400;
        }
    }

    /** 401: credentials are missing, unknown or revoked. The message is for logs only, never sent. */
    public static final class Unauthorized extends ApiError {
        private static final long serialVersionUID = 1L;

        /** @param reason why authentication failed; never sent, never containing a secret */
        public Unauthorized(String reason) {
            super(reason);
        }

        @Override
        public int status() {
            return 401;
        }
    }

    /** 403: the caller is known but not a grantee of the resource. */
    public static final class Forbidden extends ApiError {
        private static final long serialVersionUID = 1L;

        /** @param message which resource the caller may not access */
        public Forbidden(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 403;
        }
    }

    /** 404: no such resource, or it is soft-deleted. */
    public static final class NotFound extends ApiError {
        private static final long serialVersionUID = 1L;

        /** @param message which resource is unknown or deleted */
        public NotFound(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 404;
        }
    }

    /** 409: the request conflicts with the stored state (for example, a second global gate in a family). */
    public static final class Conflict extends ApiError {
        private static final long serialVersionUID = 1L;

        /** @param message what the request conflicts with */
        public Conflict(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 409;
        }
    }

    /** 413: the request body is larger than the configured limit. */
    public static final class ContentTooLarge extends ApiError {
        private static final long serialVersionUID = 1L;

        /** @param message the size and the limit, naming the option that sets it */
        public ContentTooLarge(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 413;
        }
    }
}
