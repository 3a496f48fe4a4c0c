/**
 * CellEngine entities as immutable records: what the server returns, and the value types inside them (gate
 * geometry, scales, compensation ids, population expressions). What callers send is in
 * {@link cellengine.api.param}.
 *
 * <p>Unless otherwise stated, null parameter values will cause methods of all classes in this package to throw
 * {@link java.lang.NullPointerException}; record components that the server may leave out are nullable, and list
 * components are never null (empty when absent). Entities are bound with JSON-B: unknown fields are ignored.
 * Field meanings are in docs/wire.md#entities. This package is plainly exported because JSON-B binds its
 * types reflectively.
 *
 * @since 0.1
 */
package cellengine.api.model;
