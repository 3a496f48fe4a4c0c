/**
 * An in-memory CellEngine server for tests and demos: {@link cellengine.fakeserver.FakeCellEngine} embeds
 * it, {@link cellengine.fakeserver.Main} runs it standalone. It speaks the wire format of
 * {@code docs/wire.md} with its own JSON, independently of the SDK.
 *
 * <p>Unless otherwise stated, passing a {@code null} argument to a method of a type in this package causes
 * a {@link java.lang.NullPointerException} to be thrown.
 *
 * @since 0.1
 */
package cellengine.fakeserver;
