/** The CellEngine compatibility test kit. */
module cellengine.tck {
    requires cellengine.api;
    requires cellengine.fakeserver;
    requires org.junit.jupiter.api;
}
