/**
 * What the fake computes from stored events with {@code cellengine-analysis}: bulk statistics, plots, event and
 * ZIP exports, derived FCS files, and the per-request gating they share. {@code AnalysisApi} is the entry point.
 */
package cellengine.fakeserver.internal.analysis;
