/**
 * Gate geometry evaluated in scaled space over whole columns into bitsets (docs/semantics.md#gate-geometry), tailored
 * gate selection (docs/semantics.md#d8-tailoring), and {@link cellengine.analysis.gate.FileGating}, the per-event
 * pipeline of docs/semantics.md#per-event-pipeline for one file.
 *
 * <p>Unless otherwise stated, passing null to a method or constructor in this package throws
 * {@link java.lang.NullPointerException}; a null {@code fcsFileId} means "global gates only".
 */
package cellengine.analysis.gate;
