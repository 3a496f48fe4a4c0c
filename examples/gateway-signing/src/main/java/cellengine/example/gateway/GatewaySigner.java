package cellengine.example.gateway;

import cellengine.api.Interceptor;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs every attempt for an API gateway that sits in front of CellEngine, in the usual shape of such schemes:
 *
 * <pre>
 * X-Gateway-Key:       the key id
 * X-Gateway-Timestamp: seconds since the epoch, when the attempt was made
 * X-Gateway-Signature: hex(HMAC-SHA256(secret, METHOD \n PATH?QUERY \n TIMESTAMP \n hex(SHA-256(body))))
 * </pre>
 *
 * <p>Because interceptors run on every attempt, inside the retry loop, each retry gets a fresh timestamp and
 * signature, so a gateway that refuses old timestamps accepts retries too. A body the client can send only once
 * (a stream) cannot be read here without being lost; it is signed as {@value #UNSIGNED_PAYLOAD} instead, as AWS
 * Signature V4 does. The secret is copied in and never shown by {@link #toString()}. Thread-safe.
 *
 * <pre>{@code
 * CellEngine client = CellEngine.builder()
 *         .baseUrl("https://cellengine.gateway.example.com")
 *         .token(token)
 *         .addInterceptor(new GatewaySigner("team-7", secret))
 *         .build();
 * }</pre>
 */
public final class GatewaySigner implements Interceptor {

    /** What stands for the body hash of a body that can be read only once. */
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private final String keyId;
    private final byte[] secret;
    private final Clock clock;

    /**
     * Creates a signer with the system clock.
     *
     * @param keyId the gateway's key id
     * @param secret the shared secret; copied
     */
    public GatewaySigner(String keyId, byte[] secret) {
        this(keyId, secret, Clock.systemUTC());
    }

    /**
     * Creates a signer.
     *
     * @param keyId the gateway's key id
     * @param secret the shared secret; copied
     * @param clock the clock of the timestamps
     */
    public GatewaySigner(String keyId, byte[] secret, Clock clock) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.secret = Objects.requireNonNull(secret, "secret").clone();
        this.clock = Objects.requireNonNull(clock, "clock");
        if (secret.length == 0) {
            throw new IllegalArgumentException("the gateway secret must not be empty");
        }
    }

    @Override
    public TransportResponse intercept(Chain chain) throws IOException, InterruptedException {
        TransportRequest request = chain.request();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String signature = sign(request.method(), target(request), timestamp, bodyHash(request.body()));
        return chain.proceed(request.withHeaders(request.headers().toBuilder()
                .set("X-Gateway-Key", keyId)
                .set("X-Gateway-Timestamp", timestamp)
                .set("X-Gateway-Signature", signature)
                .build()));
    }

    /**
     * {@return the signature of one request, as the gateway computes it to check one}
     *
     * @param method the method
     * @param target the raw path and query, such as {@code /api/v1/experiments?limit=5}
     * @param timestamp the timestamp header's value
     * @param bodyHash the hex SHA-256 of the body, or {@value #UNSIGNED_PAYLOAD}
     */
    public String sign(String method, String target, String timestamp, String bodyHash) {
        String canonical = method + "\n" + target + "\n" + timestamp + "\n" + bodyHash;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** {@return the raw path and query of a request} */
    static String target(TransportRequest request) {
        String query = request.uri().getRawQuery();
        return request.uri().getRawPath() + (query == null ? "" : "?" + query);
    }

    /** {@return the hex SHA-256 of the body; of nothing when there is none} */
    static String bodyHash(RequestBody body) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        if (body == null) {
            return HexFormat.of().formatHex(sha256.digest());
        }
        if (!body.replayable()) {
            return UNSIGNED_PAYLOAD;
        }
        byte[] buffer = new byte[8192];
        try (InputStream in = body.open()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                sha256.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public String toString() {
        return "GatewaySigner[keyId=" + keyId + ", secret=<redacted>]";
    }
}
