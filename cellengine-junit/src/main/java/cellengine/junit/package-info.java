/**
 * The JUnit 5 extension for tests against a fake CellEngine server: {@link cellengine.junit.FakeCellEngineTest}
 * on a test class, then parameters of type {@link cellengine.api.CellEngine},
 * {@link cellengine.fakeserver.FakeCellEngine}, {@link cellengine.junit.FakeServerInfo} or a {@code String}
 * annotated {@link cellengine.junit.FakeBaseUrl}.
 *
 * <p>Unless otherwise stated, passing a {@code null} argument to a method of a type in this package causes a
 * {@link java.lang.NullPointerException} to be thrown.
 *
 * @since 0.1
 */
package cellengine.junit;
