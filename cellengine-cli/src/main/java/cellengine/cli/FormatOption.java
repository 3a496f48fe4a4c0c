package cellengine.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code -o/--output} option: table (default), csv or json. */
final class FormatOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    /** {@return a printer writing to {@code out} in the chosen format} */
    Printer printer(PrintWriter out) {
        return new Printer(out, format);
    }
}
