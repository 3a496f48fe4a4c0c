package cellengine.fakeserver.internal;

import cellengine.analysis.fcs.FcsData;

/**
 * What the server keeps of an FCS file besides its JSON: the uploaded bytes (for {@code original=true}
 * downloads and checksums) and the events decoded once at upload. Both are immutable, so clones share them.
 */
record FcsPayload(byte[] original, FcsData data) {
}
