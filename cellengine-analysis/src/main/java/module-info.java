/**
 * The CellEngine analysis core: FCS read/write, compensation, scales, gates, populations and statistics,
 * on the JDK alone.
 */
module cellengine.analysis {
    exports cellengine.analysis.fcs;
    exports cellengine.analysis.compensation;
    exports cellengine.analysis.scale;
    exports cellengine.analysis.gate;
    exports cellengine.analysis.population;
    exports cellengine.analysis.stats;
}
