package cellengine.junit;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import cellengine.api.spi.Transport;
import cellengine.fakeserver.FakeCellEngine;

/** A started fake server with its client (and in-memory transport); closed by JUnit with the store it lives in. */
final class FakeServerResources implements AutoCloseable {

    private final FakeCellEngine server;
    private final Transport inMemory;
    private final CellEngine client;
    private final SnapshotSource snapshot;

    private FakeServerResources(FakeCellEngine server, Transport inMemory, CellEngine client,
                                SnapshotSource snapshot) {
        this.server = server;
        this.inMemory = inMemory;
        this.client = client;
        this.snapshot = snapshot;
    }

    static FakeServerResources start(FakeCellEngineTest settings, Class<?> testClass) {
        SnapshotSource snapshot = SnapshotSource.parse(settings.snapshot(), testClass);
        FakeCellEngine server = FakeCellEngine.start();
        try {
            snapshot.loadInto(server);
            Transport inMemory = settings.transport() == FakeCellEngineTest.TransportMode.IN_MEMORY
                    ? server.inMemoryTransport() : null;
            CellEngineBuilder builder = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token());
            CellEngine client = (inMemory != null ? builder.transport(inMemory) : builder).build();
            return new FakeServerResources(server, inMemory, client, snapshot);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Empties every collection and loads the snapshot again. */
    void restore() {
        server.reset();
        snapshot.loadInto(server);
    }

    FakeCellEngine server() {
        return server;
    }

    CellEngine client() {
        return client;
    }

    FakeServerInfo info() {
        return new FakeServerInfo(server.baseUrl(), server.token(), server.username(), server.password());
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            try {
                if (inMemory != null) {
                    inMemory.close();
                }
            } finally {
                server.close();
            }
        }
    }
}
