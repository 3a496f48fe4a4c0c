package cellengine.junit;

import cellengine.api.CellEngine;
import cellengine.fakeserver.FakeCellEngine;
import java.lang.reflect.Parameter;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link FakeCellEngineTest}: starts servers in the right JUnit store (the class's or the
 * test's), so JUnit closes them with it, restores state before each test on request, and resolves parameters.
 * Registered by the annotation; not meant to be used directly.
 *
 * @since 0.1
 */
public final class FakeCellEngineExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeCellEngineExtension.class);
    private static final String KEY = "fake-cellengine";

    /** Creates the extension; JUnit calls this. */
    public FakeCellEngineExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings(context).lifecycle() == FakeCellEngineTest.Lifecycle.PER_CLASS) {
            resources(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        FakeCellEngineTest settings = settings(context);
        FakeServerResources resources = resources(context);
        if (settings.lifecycle() == FakeCellEngineTest.Lifecycle.PER_CLASS && settings.resetBetweenTests()) {
            resources.restore();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        Class<?> type = parameter.getType();
        if (type == String.class) {
            return parameterContext.isAnnotated(FakeBaseUrl.class);
        }
        return type == CellEngine.class || type == FakeCellEngine.class || type == FakeServerInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        FakeServerResources resources = resources(extensionContext);
        Class<?> type = parameterContext.getParameter().getType();
        if (type == CellEngine.class) {
            return resources.client();
        }
        if (type == FakeCellEngine.class) {
            return resources.server();
        }
        if (type == FakeServerInfo.class) {
            return resources.info();
        }
        if (type == String.class) {
            return resources.server().baseUrl();
        }
        throw new ParameterResolutionException("@FakeCellEngineTest cannot inject " + parameterContext
                .getParameter());
    }

    /** The resources for this context, started on first use in the store their lifecycle calls for. */
    private static FakeServerResources resources(ExtensionContext context) {
        FakeCellEngineTest settings = settings(context);
        ExtensionContext owner = owner(context, settings.lifecycle());
        Class<?> testClass = context.getRequiredTestClass();
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(KEY,
                key -> FakeServerResources.start(settings, testClass), FakeServerResources.class);
    }

    /**
     * The context whose store holds the server: the class's for {@code PER_CLASS}; the test's for
     * {@code PER_METHOD}. A constructor of a {@code PER_METHOD} class runs in the class context, before the
     * test's exists: that is refused rather than given a server the test would not see.
     */
    private static ExtensionContext owner(ExtensionContext context, FakeCellEngineTest.Lifecycle lifecycle) {
        if (lifecycle == FakeCellEngineTest.Lifecycle.PER_METHOD) {
            if (context.getTestMethod().isEmpty()) {
                throw new ParameterResolutionException("@FakeCellEngineTest(lifecycle = PER_METHOD) injects "
                        + "into test methods and @BeforeEach/@AfterEach methods only, not constructors or "
                        + "@BeforeAll; use PER_CLASS to share one server with them");
            }
            return context;
        }
        ExtensionContext owner = context;
        while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
            owner = owner.getParent().get();
        }
        return owner;
    }

    private static FakeCellEngineTest settings(ExtensionContext context) {
        Optional<Class<?>> type = context.getTestClass();
        while (type.isPresent()) {
            Optional<FakeCellEngineTest> found = AnnotationSupport.findAnnotation(type.get(),
                    FakeCellEngineTest.class);
            if (found.isPresent()) {
                return found.get();
            }
            type = Optional.ofNullable(type.get().getEnclosingClass());
        }
        throw new ExtensionConfigurationException("FakeCellEngineExtension needs @FakeCellEngineTest on the test "
                + "class " + context.getTestClass().map(Class::getName).orElse("(none)"));
    }
}
