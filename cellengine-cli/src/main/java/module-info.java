/** The {@code cellengine} command line: a demo, the fake server, and commands against any CellEngine server. */
module cellengine.cli {
    requires cellengine.api;
    requires cellengine.fakeserver;
    requires info.picocli;

    exports cellengine.cli;
    // picocli reads the command classes' annotated fields reflectively.
    opens cellengine.cli to info.picocli;
}
