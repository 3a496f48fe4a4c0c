/**
 * JSON on the wire: the cached JSON-P factory ({@code Json}, used instead of {@code jakarta.json.Json}), request
 * bodies, typed field reads and rules with Joi-style messages, numbers, ids, timestamps and the error body.
 */
package cellengine.fakeserver.internal.json;
