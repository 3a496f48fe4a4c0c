module com.example.app {
    requires cellengine.api;
}
