package cellengine.api.spi;

/**
 * The HTTP protocol version a transport asks for.
 *
 * @since 0.1
 */
public enum HttpVersion {
    /** HTTP/1.1, the default. */
    HTTP_1_1,
    /** HTTP/2, falling back to HTTP/1.1 where the server does not offer it. */
    HTTP_2
}
