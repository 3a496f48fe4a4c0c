module com.example.report {
    requires cellengine.api;
    exports com.example.report;
}
