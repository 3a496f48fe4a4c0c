package cellengine.api.wire;

import cellengine.api.CellEngine;
import cellengine.testing.wire.ScriptedPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every wire test class starts from: a scripted loopback peer and a client on it (through the JDK
 * {@link HttpClientTransport}), made before the class's first test and closed after its last; the client's name
 * cache is emptied before each test, so no test sees another's lookups. Test classes run one at a time (this build
 * configures no parallel execution), so the two fields belong to the class that is running.
 */
abstract class PeerTest {

    /** The bearer token the client sends. */
    static final String TOKEN = "tok-wire";

    static ScriptedPeer peer;
    static CellEngine client;

    @BeforeAll
    static void startPeerAndClient() {
        peer = ScriptedPeer.start();
        client = CellEngine.builder().baseUrl(peer.baseUrl()).token(TOKEN).transport(new HttpClientTransport())
                .build();
    }

    @AfterAll
    static void closePeerAndClient() {
        client.close();
        peer.close();
    }

    @BeforeEach
    void emptyNameCache() {
        client.cacheClear();
    }

    /** {@return the raw path of a call on the experiment {@link Fixtures#EID}, such as {@code base("/gates")}} */
    static String base(String rest) {
        return "/api/v1/experiments/" + Fixtures.EID + rest;
    }
}
