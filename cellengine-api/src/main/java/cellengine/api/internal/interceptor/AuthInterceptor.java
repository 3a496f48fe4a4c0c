package cellengine.api.internal.interceptor;

import cellengine.api.Interceptor;
import cellengine.api.internal.auth.TokenSource;
import cellengine.api.spi.Headers;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.util.Objects;

/**
 * Presents the session token (docs/wire.md#authentication): always as the cookie {@code token}, and also as
 * {@code Authorization: Bearer} when asked to. The token source may sign in first.
 */
public final class AuthInterceptor implements Interceptor {

    private final TokenSource tokens;
    private final boolean bearer;

    /**
     * Creates the interceptor.
     *
     * @param tokens where the token comes from
     * @param bearer whether to send {@code Authorization: Bearer} as well as the cookie
     */
    public AuthInterceptor(TokenSource tokens, boolean bearer) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.bearer = bearer;
    }

    @Override
    public TransportResponse intercept(Chain chain) throws IOException, InterruptedException {
        TransportRequest request = chain.request();
        String token = tokens.token();
        Headers.Builder headers = request.headers().toBuilder().set("Cookie", "token=" + token);
        if (bearer) {
            headers.set("Authorization", "Bearer " + token);
        }
        return chain.proceed(request.withHeaders(headers.build()));
    }

    @Override
    public String toString() {
        return "AuthInterceptor[cookie" + (bearer ? " and bearer" : "") + "]";
    }
}
