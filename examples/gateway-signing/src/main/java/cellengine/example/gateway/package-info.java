/**
 * Signing requests for an API gateway with a {@link cellengine.api.Interceptor}: {@link
 * cellengine.example.gateway.GatewaySigner} adds a key id, a timestamp and an HMAC-SHA256 signature of the
 * request to every attempt.
 */
package cellengine.example.gateway;
