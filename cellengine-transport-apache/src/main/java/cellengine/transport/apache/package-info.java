/**
 * The {@code apache} transport: {@link cellengine.transport.apache.ApacheTransportProvider} creates transports on
 * Apache HttpClient 5 (classic API) with a connection pool, proxy authentication by Basic, Digest, NTLM and
 * SPNEGO, and the TLS settings of {@link cellengine.api.spi.TlsConfig}.
 *
 * <p>Unless otherwise stated, null parameter values will cause methods of all classes in this package to throw
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1
 */
package cellengine.transport.apache;
