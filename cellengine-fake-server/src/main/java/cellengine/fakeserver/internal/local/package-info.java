/**
 * The in-memory transport: raw HTTP/1.1 over Jetty's {@code LocalConnector}, with no socket. It uses nothing else
 * of the fake server.
 */
package cellengine.fakeserver.internal.local;
