package cellengine.api.param;

/**
 * The format of exported events (docs/wire.md#event-export, docs/wire.md#tsv-output).
 *
 * @since 0.1
 */
public enum ExportFormat {
    /** An FCS 3.1 file ({@code .fcs}); compensation is written into {@code $SPILLOVER}, values unchanged. */
    FCS("fcs"),
    /** Tab-separated text ({@code .tsv}), CRLF line ends; compensated values when {@code compensatedQ}. */
    TSV("tsv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** {@return the path suffix without the dot: {@code fcs} or {@code tsv}} */
    public String extension() {
        return extension;
    }
}
