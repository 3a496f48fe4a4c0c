/**
 * Reading and writing FCS (Flow Cytometry Standard) files: {@link cellengine.analysis.fcs.FcsReader} turns FCS 2.0,
 * 3.0, 3.1 and 3.2 files into {@link cellengine.analysis.fcs.FcsData} (keywords plus one primitive column per
 * parameter), and {@link cellengine.analysis.fcs.FcsWriter} writes FCS 3.1 files.
 *
 * <p>Unless otherwise stated, passing a {@code null} argument to a constructor or method of any class or interface in
 * this package causes a {@link java.lang.NullPointerException NullPointerException} to be thrown.
 *
 * <p>Malformed files are reported with the checked {@link cellengine.analysis.fcs.FcsFormatException}, which names
 * the keyword or byte offset at fault; recoverable deviations are accepted and listed in
 * {@link cellengine.analysis.fcs.FcsData#warnings()}.
 */
package cellengine.analysis.fcs;
