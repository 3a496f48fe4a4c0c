/**
 * The CellEngine client {@link cellengine.api.CellEngine} and its exception tree.
 *
 * <p>Unless otherwise stated, null parameter values will cause methods of all classes in this package to throw
 * {@link java.lang.NullPointerException}. Every exception is unchecked and extends
 * {@link cellengine.api.CellEngineException}: {@link cellengine.api.ApiException} when the server answered with an
 * error, {@link cellengine.api.TransportException} when no answer came.
 *
 * @since 0.1
 */
package cellengine.api;
