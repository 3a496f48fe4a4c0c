/** An in-memory CellEngine server on Javalin, for tests and demos. */
module cellengine.fakeserver {
    requires cellengine.analysis;
    requires io.javalin;
    requires jakarta.json;
}
