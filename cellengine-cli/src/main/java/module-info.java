/** The cellengine command line. */
module cellengine.cli {
    requires cellengine.api;
    requires cellengine.fakeserver;
    requires info.picocli;
}
