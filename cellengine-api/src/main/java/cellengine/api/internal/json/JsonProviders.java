package cellengine.api.internal.json;

import cellengine.api.NoJsonProviderException;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;

import java.util.Locale;

/**
 * Finds the JSON-P and JSON-B implementations on first use rather than in a static initializer, so that a missing
 * one is a {@link NoJsonProviderException} naming what to add (every time it is asked for), not an
 * {@code ExceptionInInitializerError} followed by {@code NoClassDefFoundError}s.
 */
final class JsonProviders {

    private static volatile JsonProvider jsonp;
    private static volatile Jsonb jsonb;

    private JsonProviders() {
    }

    /**
     * {@return the JSON-P provider}
     *
     * @throws NoJsonProviderException when none is found
     */
    static JsonProvider jsonp() {
        JsonProvider p = jsonp;
        if (p == null) {
            try {
                p = JsonProvider.provider();
            } catch (JsonException e) {
                throw missing("JSON-P", "org.eclipse.parsson:parsson", "org.eclipse.parsson", e);
            }
            jsonp = p;
        }
        return p;
    }

    /**
     * {@return the JSON-B instance with the SDK's codecs}
     *
     * @throws NoJsonProviderException when none is found
     */
    static Jsonb jsonb() {
        Jsonb b = jsonb;
        if (b == null) {
            jsonp(); // Yasson needs JSON-P too; name Parsson first when both are missing
            try {
                InstantCodec instants = new InstantCodec();
                var activeCompensations = CompensationReferenceCodec.activeCompensation();
                var compensationIds = CompensationReferenceCodec.compensationId();
                ScaleCodec scales = new ScaleCodec();
                GateCodec gates = new GateCodec();
                b = JsonbBuilder.create(new JsonbConfig()
                        .withSerializers(instants, activeCompensations, compensationIds, scales, gates)
                        .withDeserializers(instants, activeCompensations, compensationIds, scales, gates)
                        .withDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT));
            } catch (JsonbException e) {
                throw missing("JSON-B", "org.eclipse.yasson:yasson", "org.eclipse.yasson", e);
            }
            jsonb = b;
        }
        return b;
    }

    private static NoJsonProviderException missing(String api, String artifact, String module, RuntimeException e) {
        return new NoJsonProviderException("No " + api + " implementation was found (" + e.getMessage() + "). "
                + "Add " + artifact + " (module " + module + ") to the classpath or module path: cellengine-api "
                + "brings it as a runtime dependency, so check that it was not excluded", e);
    }
}
