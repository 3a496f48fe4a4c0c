/**
 * The CellEngine analysis core: FCS read/write, compensation, scales, gates, populations and statistics,
 * on the JDK alone.
 */
module cellengine.analysis {
    exports cellengine.analysis.fcs;
}
