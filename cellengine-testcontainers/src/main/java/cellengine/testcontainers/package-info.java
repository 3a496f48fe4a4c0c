/**
 * Testcontainers support: {@link cellengine.testcontainers.CellEngineContainer} runs the fake CellEngine server
 * image (built from {@code cellengine-fake-server/Dockerfile}, see docs/testcontainers.md) and hands out a base
 * URL, a token and ready clients.
 *
 * <p>Unless otherwise stated, passing a {@code null} argument to a method of a type in this package causes a
 * {@link java.lang.NullPointerException} to be thrown.
 *
 * @since 0.1
 */
package cellengine.testcontainers;
