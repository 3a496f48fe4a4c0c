package cellengine.api.internal.auth;

import cellengine.api.ApiException;
import cellengine.api.BadRequestException;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.spi.RequestBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The credentials of one client and the token they yield (docs/wire.md#authentication).
 *
 * <p>Token flow: the token is used as given, with no request. Password flow: the first call signs in with
 * {@code POST /signin}, asks the one-time-code supplier when the server answers {@code "otp" is required}, keeps
 * the returned token in memory and wipes the password. Thread-safe: concurrent first calls sign in once.
 * {@link #toString()} never shows the token or the password.
 */
public final class Session implements TokenSource {

    private static final String OTP_REQUIRED = "\"otp\" is required";

    private final Object lock = new Object();
    private final String username;
    private final Supplier<String> otpSupplier;
    private final ApiCaller anonymous;
    private char[] password;
    private volatile String token;
    private volatile String userId;

    private Session(String token, String username, char[] password, Supplier<String> otpSupplier,
                    ApiCaller anonymous) {
        this.token = token;
        this.username = username;
        this.password = password;
        this.otpSupplier = otpSupplier;
        this.anonymous = anonymous;
    }

    /**
     * {@return a session presenting a known token}
     *
     * @param token the session token or personal access token
     */
    public static Session ofToken(String token) {
        return new Session(Objects.requireNonNull(token, "token"), null, null, null, null);
    }

    /**
     * {@return a session that signs in on first use}
     *
     * @param username the user name
     * @param password the password; this session owns the array and wipes it after signing in
     * @param otpSupplier supplies a one-time code when the server asks for one, or {@code null}
     * @param anonymous the caller used to sign in (without credentials)
     */
    public static Session ofPassword(String username, char[] password, Supplier<String> otpSupplier,
                                     ApiCaller anonymous) {
        return new Session(null, Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(password, "password"), otpSupplier,
                Objects.requireNonNull(anonymous, "anonymous"));
    }

    @Override
    public String token() {
        String t = token;
        return t != null ? t : signIn();
    }

    /**
     * Signs in now unless a token is already held.
     *
     * @return the token
     * @throws ApiException when the server refuses (for example {@code UnauthorizedException} for a wrong
     *         password, {@code BadRequestException} when a one-time code is needed and none can be supplied)
     * @throws cellengine.api.TransportException when the server does not answer
     */
    public String signIn() {
        synchronized (lock) {
            if (token != null) {
                return token;
            }
            if (password == null) {
                throw new IllegalStateException("no credentials left to sign in with");
            }
            JsonObject answer;
            try {
                answer = post(null);
            } catch (BadRequestException e) {
                if (!e.serverMessage().contains(OTP_REQUIRED)) {
                    throw e;
                }
                answer = post(oneTimeCode(e));
            }
            JsonObject signedIn = answer;
            String t = text(signedIn, "token").or(() -> text(signedIn, "accessToken")).orElseThrow();
            userId = text(signedIn, "userId").orElse(null);
            token = t;
            Arrays.fill(password, '\0');
            password = null;
            return t;
        }
    }

    /** {@return the user name of the password flow} */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** {@return the user id returned by sign-in; empty in the token flow and before sign-in} */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /** {@return whether a token is held (given, or obtained by signing in); it is checked by the server only} */
    public boolean authenticated() {
        return token != null;
    }

    /** Refuses later sign-ins, as the client that owns this session is closed. */
    public void close() {
        if (anonymous != null) {
            anonymous.close();
        }
    }

    /** {@return whether this session signs in with a password} */
    public boolean passwordFlow() {
        return username != null;
    }

    private JsonObject post(String otp) {
        byte[] body = SignInBody.encode(username, password, otp);
        try {
            RequestBody requestBody = RequestBody.ofInputStream(() -> new ByteArrayInputStream(body), body.length,
                    "application/json");
            ApiCaller.Answer answer = anonymous.exchange("POST", ApiPath.of("signin"), Map.of(), requestBody);
            JsonValue value;
            try {
                value = Json.readValue(answer.body());
            } catch (MalformedJsonException e) {
                throw answer.unusable(e.getMessage(), e);
            }
            if (!(value instanceof JsonObject)) {
                throw answer.unusable("the sign-in answer is " + Json.describe(value) + ", not an object", null);
            }
            JsonObject object = (JsonObject) value;
            if (text(object, "token").isEmpty() && text(object, "accessToken").isEmpty()) {
                Optional<String> cookie = cookieToken(answer);
                if (cookie.isEmpty()) {
                    throw answer.unusable("the sign-in answer holds no token (neither in the body nor in "
                            + "Set-Cookie)", null);
                }
                return Json.provider().createObjectBuilder(object).add("token", cookie.get()).build();
            }
            return object;
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    private String oneTimeCode(BadRequestException e) {
        if (otpSupplier == null) {
            throw new BadRequestException(e.getMessage() + ". The account uses two-factor authentication: set "
                    + "CellEngineBuilder.otpSupplier(...) to supply the one-time code", e.method(), e.url(),
                    e.serverMessage(), e.requestId().orElse(null));
        }
        String code = otpSupplier.get();
        if (code == null || code.isBlank()) {
            throw new BadRequestException(e.getMessage() + ". The one-time code supplier returned no code",
                    e.method(), e.url(), e.serverMessage(), e.requestId().orElse(null));
        }
        return code.strip();
    }

    private static Optional<String> cookieToken(ApiCaller.Answer answer) {
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            String first = cookie.split(";", 2)[0].strip();
            if (first.startsWith("token=") && first.length() > "token=".length()) {
                return Optional.of(first.substring("token=".length()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonObject object, String key) {
        JsonValue v = object.get(key);
        return v instanceof JsonString && !((JsonString) v).getString().isEmpty()
                ? Optional.of(((JsonString) v).getString()) : Optional.empty();
    }

    @Override
    public String toString() {
        if (username == null) {
            return "Session[token flow]";
        }
        return "Session[password flow for '" + username + "', " + (token == null ? "not signed in" : "signed in")
                + "]";
    }
}
