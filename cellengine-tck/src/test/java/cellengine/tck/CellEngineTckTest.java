package cellengine.tck;

import org.junit.jupiter.api.Nested;

/**
 * Every API rule against each target: the embedded fake server over a socket (through the JDK transport, and
 * through the Apache HttpClient 5 transport), the fake through its in-memory transport, and a real account when {@code CELLENGINE_TCK_BASE_URL} and {@code CELLENGINE_TCK_TOKEN} are set (its
 * rules are skipped with that reason otherwise).
 */
class CellEngineTckTest {

    @Nested
    class FakeServer extends CellEngineTck {
        @Override
        protected TckTarget target() {
            return SharedTargets.fake();
        }
    }

    @Nested
    class FakeServerOverApache extends CellEngineTck {
        @Override
        protected TckTarget target() {
            return SharedTargets.apache();
        }
    }

    @Nested
    class InMemory extends CellEngineTck {
        @Override
        protected TckTarget target() {
            return SharedTargets.inMemory();
        }
    }

    @Nested
    class Live extends CellEngineTck {
        @Override
        protected TckTarget target() {
            return SharedTargets.live();
        }
    }
}
