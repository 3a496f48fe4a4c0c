/**
 * Gate geometry evaluated in scaled space over whole columns into bitsets (semantics.md §6), tailored gate
 * selection (§7), and {@link cellengine.analysis.gate.FileGating}, the per-event pipeline of §2 for one file.
 *
 * <p>Unless otherwise stated, passing null to a method or constructor in this package throws
 * {@link java.lang.NullPointerException}; a null {@code fcsFileId} means "global gates only".
 */
package cellengine.analysis.gate;
