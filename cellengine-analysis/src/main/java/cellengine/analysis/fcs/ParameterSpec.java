package cellengine.analysis.fcs;

/**
 * How one parameter is stored and turned into values.
 *
 * @param name {@code $PnN}
 * @param label {@code $PnS}, or null when absent or blank
 * @param type 'I', 'F', 'D' or 'A' ({@code $DATATYPE}, or {@code $PnDATATYPE} in FCS 3.2)
 * @param width bytes per value in DATA (characters for fixed-width ASCII; 0 for delimited ASCII)
 * @param range {@code $PnR}, or NaN when absent or not a number
 * @param mask the {@code $PnR} bit mask for integers (-1 keeps every bit)
 * @param floatStorage true when every value fits a float exactly
 * @param scale the scale-value rule from {@code $PnE} and {@code $PnG}
 */
record ParameterSpec(String name, String label, char type, int width, double range, long mask, boolean floatStorage,
        ScaleRule scale) {

    /** {@return a new, empty array of the storage type} */
    Object newArray(int capacity) {
        return floatStorage ? new float[capacity] : new double[capacity];
    }
}
