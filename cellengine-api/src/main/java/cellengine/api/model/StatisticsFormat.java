package cellengine.api.model;

/**
 * The format of a statistics answer (docs/wire.md#statistics-request): JSON rows, or CSV or TSV text with or without a
 * header.
 *
 * @since 0.1
 */
public enum StatisticsFormat {
    /** A JSON array of row objects. */
    JSON,
    /** Comma-separated text with CRLF line ends. */
    CSV,
    /** Tab-separated text. */
    TSV
}
