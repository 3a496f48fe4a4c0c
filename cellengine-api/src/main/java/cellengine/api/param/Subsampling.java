package cellengine.api.param;

import jakarta.json.JsonObjectBuilder;

import java.util.Map;

/**
 * The subsampling options that event exports, ZIP exports, plots and new FCS files share: a count or a fraction of
 * events to keep before and after gating, and the seed. Their rules and their wire form are written here once. A
 * builder holds one and changes it; the value it builds keeps a {@link #copy()} that nothing changes.
 */
final class Subsampling {

    private Integer preN;
    private Double preP;
    private Integer postN;
    private Double postP;
    private Long seed;

    Subsampling copy() {
        Subsampling c = new Subsampling();
        c.preN = preN;
        c.preP = preP;
        c.postN = postN;
        c.postP = postP;
        c.seed = seed;
        return c;
    }

    void preN(int value) {
        preN = count("preSubsampleN", value);
    }

    void preP(double value) {
        preP = fraction("preSubsampleP", value);
    }

    void postN(int value) {
        postN = count("postSubsampleN", value);
    }

    void postP(double value) {
        postP = fraction("postSubsampleP", value);
    }

    void seed(long value) {
        seed = value;
    }

    Integer preN() {
        return preN;
    }

    Double preP() {
        return preP;
    }

    Integer postN() {
        return postN;
    }

    Double postP() {
        return postP;
    }

    Long seed() {
        return seed;
    }

    /**
     * Checks the rule that spans two options: a stage is subsampled by count or by fraction, not both.
     *
     * @throws IllegalArgumentException naming both options of the stage
     */
    void check() {
        if (preN != null && preP != null) {
            throw new IllegalArgumentException("set preSubsampleN or preSubsampleP, not both (was " + preN + " and "
                    + preP + ")");
        }
        if (postN != null && postP != null) {
            throw new IllegalArgumentException("set postSubsampleN or postSubsampleP, not both (was " + postN
                    + " and " + postP + ")");
        }
    }

    /** Adds the options that are set to a query, in the reference's order, fractions in their shortest form. */
    void addTo(Map<String, String> query) {
        WireValues.put(query, "preSubsampleN", preN);
        WireValues.put(query, "preSubsampleP", WireValues.decimalText(preP));
        WireValues.put(query, "postSubsampleN", postN);
        WireValues.put(query, "postSubsampleP", WireValues.decimalText(postP));
        WireValues.put(query, "seed", seed);
    }

    /** Adds the options that are set to a JSON body, in the reference's order. */
    void addTo(JsonObjectBuilder json) {
        if (preN != null) {
            json.add("preSubsampleN", preN);
        }
        if (preP != null) {
            json.add("preSubsampleP", WireValues.decimal(preP));
        }
        if (postN != null) {
            json.add("postSubsampleN", postN);
        }
        if (postP != null) {
            json.add("postSubsampleP", WireValues.decimal(postP));
        }
        if (seed != null) {
            json.add("seed", seed);
        }
    }

    static int count(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + value);
        }
        return value;
    }

    static double fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " is a fraction from 0 to 1, was " + value);
        }
        return value;
    }
}
