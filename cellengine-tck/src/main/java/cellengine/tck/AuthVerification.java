package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.ApiException;
import cellengine.api.CellEngine;
import cellengine.api.CellEngineException;
import cellengine.api.UnauthorizedException;
import cellengine.api.model.Experiment;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rules for authentication (docs/wire.md#authentication): token as cookie or bearer, password sign-in with and
 * without a one-time code, and secrets kept out of messages.
 */
@RuleGroup(reference = "docs/wire.md#authentication",
        check = "auth headers (cookie `token`, `Authorization: Bearer`), `POST /signin` and the OTP retry")
abstract class AuthVerification extends VerificationSupport {

    private static final String BAD_TOKEN = "tck-invalid-token-5a7e1c";

    @Rule(id = "AUTH-TOKEN-1", statement = "a token sent as the token cookie authenticates")
    void cookie() {
        try (CellEngine c = target().clientBuilder().token(target().token()).build()) {
            c.getExperiments();
            assertTrue(c.authenticated(), "authenticated() after a successful call");
        }
    }

    @Rule(id = "AUTH-BEARER-1", statement = "a token sent as Authorization: Bearer authenticates")
    void bearer() {
        try (CellEngine c = target().clientBuilder().token(target().token()).bearerToken(true).build()) {
            c.getFolders();
        }
    }

    @Rule(id = "AUTH-BAD-1", statement = "an invalid token answers 401 and the error never shows the token")
    void invalid_token() {
        try (CellEngine c = target().clientBuilder().token(BAD_TOKEN).build()) {
            UnauthorizedException e = assertThrows(UnauthorizedException.class, c::getExperiments);
            assertEquals(401, e.status(), "status");
            assertFalse(e.getMessage().contains(BAD_TOKEN), () -> "the token leaked into: " + e.getMessage());
            assertFalse(String.valueOf(e).contains(BAD_TOKEN), "toString of the exception");
            assertFalse(c.toString().contains(BAD_TOKEN), "toString of the client");
        }
    }

    @Rule(id = "AUTH-PASSWORD-1", statement = "signing in with a password authenticates and sets the user id")
    void sign_in() {
        TckAccount account = requireCapability(target().passwordAccount(), "passwordAccount()");
        try (CellEngine c = target().clientBuilder()
                .credentials(account.username(), account.password().toCharArray()).build()) {
            Experiment e = c.postExperiment(uniqueName("signed-in"));
            deleteAfterwards(() -> client().deleteExperiment(e.id()));
            assertTrue(c.userId().isPresent(), "userId() after sign-in");
            assertEquals(c.userId().get(), e.uploader().id(), "the signed-in user uploads");
            assertEquals(account.username(), c.username().orElseThrow(), "username()");
            assertFalse(c.toString().contains(account.password()), "toString of a password client");
        }
    }

    @Rule(id = "AUTH-PASSWORD-2", statement = "a wrong password fails with a 4xx error that never shows the password")
    void wrong_password() {
        TckAccount account = requireCapability(target().passwordAccount(), "passwordAccount()");
        String wrong = account.password() + "-wrong";
        try (CellEngine c = target().clientBuilder().credentials(account.username(), wrong.toCharArray()).build()) {
            ApiException e = assertThrows(ApiException.class, c::getExperiments);
            assertTrue(e.status() == 400 || e.status() == 401, () -> "sign-in with a wrong password: " + e);
            assertFalse(e.getMessage().contains(wrong), () -> "the password leaked into: " + e.getMessage());
        }
    }

    @Rule(id = "AUTH-OTP-1",
            statement = "when the server asks for a one-time code, the supplier is called once and sign-in succeeds")
    void supplier_called_once() {
        TckAccount account = requireCapability(target().otpAccount(), "otpAccount()");
        AtomicInteger calls = new AtomicInteger();
        try (CellEngine c = target().clientBuilder()
                .credentials(account.username(), account.password().toCharArray())
                .otpSupplier(() -> {
                    calls.incrementAndGet();
                    return account.oneTimeCode();
                }).build()) {
            c.getExperiments();
            c.getFolders();
            assertEquals(1, calls.get(), "one-time code supplier calls");
            assertTrue(c.userId().isPresent(), "userId() after an OTP sign-in");
        }
    }

    @Rule(id = "AUTH-OTP-2", statement = "without a one-time code supplier, an OTP account fails with a clear error")
    void no_supplier() {
        TckAccount account = requireCapability(target().otpAccount(), "otpAccount()");
        try (CellEngine c = target().clientBuilder()
                .credentials(account.username(), account.password().toCharArray()).build()) {
            CellEngineException e = assertThrows(CellEngineException.class, c::getExperiments);
            assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("otp")
                    || e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("one-time"),
                    () -> "the error should say a one-time code is needed: " + e.getMessage());
            assertFalse(e.getMessage().contains(account.password()), "password in message");
        }
    }

    @Rule(id = "AUTH-ENV-1", statement = "fromEnvironment reads CELLENGINE_BASE_URL and CELLENGINE_AUTH_TOKEN")
    void from_environment() {
        org.junit.jupiter.api.Assumptions.assumeTrue(target().baseUrl().startsWith("http://127.0.0.1")
                || target().baseUrl().startsWith("https://"), "needs a target reachable over the default transport");
        try (CellEngine c = CellEngine.fromEnvironment(java.util.Map.of("CELLENGINE_BASE_URL", target().baseUrl(),
                "CELLENGINE_AUTH_TOKEN", target().token()))) {
            assertEquals(target().baseUrl(), c.baseUrl(), "baseUrl() from the environment");
            c.getFolders();
            assertTrue(c.authenticated(), "authenticated with the environment's token");
            assertFalse(c.toString().contains(target().token()), "toString of an environment client");
        }
    }

    @Rule(id = "AUTH-SIGNIN-1", statement = "signIn() signs in at once and sets the user id before any other call")
    void eager() {
        TckAccount account = requireCapability(target().passwordAccount(), "passwordAccount()");
        try (CellEngine c = target().clientBuilder()
                .credentials(account.username(), account.password().toCharArray()).build()) {
            assertTrue(c.userId().isEmpty(), "no user id before signing in");
            c.signIn();
            assertTrue(c.userId().isPresent(), "userId() right after signIn()");
            assertTrue(c.authenticated(), "authenticated()");
        }
    }

    @Rule(id = "AUTH-VERSION-1", statement = "CellEngine.version() gives the SDK version as major.minor.patch")
    void version() {
        assertTrue(CellEngine.version().matches("\\d+\\.\\d+\\.\\d+.*"), () -> "version " + CellEngine.version());
    }

    @Rule(id = "AUTH-SIGNOUT-1", statement = "POST /signout revokes the session token: the next call answers 401")
    void revokes() {
        TckAccount account = requireCapability(target().passwordAccount(), "passwordAccount()");
        try (CellEngine c = target().clientBuilder()
                .credentials(account.username(), account.password().toCharArray()).build()) {
            c.signIn();
            c.getFolders();
            c.post("/signout", null);
            UnauthorizedException e = assertThrows(UnauthorizedException.class, c::getFolders,
                    "a call with the revoked session token");
            assertEquals(401, e.status(), "status");
        }
        try (CellEngine other = target().clientBuilder().token(target().token()).build()) {
            other.getFolders();
        }
    }
}
