package cellengine.cli;

/** How a command prints its results: an aligned table for people, CSV or JSON for programs. */
enum OutputFormat {
    /** Aligned columns under a header; a record shown alone is printed as {@code key: value} lines. */
    TABLE,
    /** RFC 4180 CSV with a header line. */
    CSV,
    /** A JSON array of objects (a JSON object for a record shown alone), with typed values. */
    JSON
}
