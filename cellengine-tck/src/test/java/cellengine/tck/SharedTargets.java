package cellengine.tck;

import org.junit.jupiter.api.Assumptions;

/**
 * One target of each kind per test JVM, shared by every binding: rules create their data under unique names, so
 * they need no server of their own, and the kit starts one fake server instead of one per class.
 */
public final class SharedTargets {

    private SharedTargets() {
    }

    /** {@return the embedded fake server target, started on first use and stopped when the JVM exits} */
    public static TckTarget fake() {
        return FakeHolder.TARGET;
    }

    /** {@return a second embedded fake server target, reached through its in-memory transport (no socket)} */
    public static TckTarget inMemory() {
        return InMemoryHolder.TARGET;
    }

    /** {@return a third embedded fake server target, reached through the Apache HttpClient 5 transport} */
    public static TckTarget apache() {
        return ApacheHolder.TARGET;
    }

    /** {@return the live target, or aborts the calling rule with the reason it is not configured} */
    public static TckTarget live() {
        Assumptions.assumeTrue(LiveHolder.TARGET != null, LiveTarget.skipReason());
        return LiveHolder.TARGET;
    }

    private static final class FakeHolder {
        static final FakeServerTarget TARGET = closeOnExit(FakeServerTarget.start());
    }

    private static final class InMemoryHolder {
        static final FakeServerTarget TARGET = closeOnExit(FakeServerTarget.startInMemory());
    }

    private static final class ApacheHolder {
        static final FakeServerTarget TARGET = closeOnExit(FakeServerTarget.start("apache"));
    }

    private static final class LiveHolder {
        static final LiveTarget TARGET = LiveTarget.fromEnvironment(System.getenv()).map(SharedTargets::closeOnExit)
                .orElse(null);
    }

    private static <T extends TckTarget> T closeOnExit(T target) {
        Runtime.getRuntime().addShutdownHook(new Thread(target::close, "tck-target-close"));
        return target;
    }
}
