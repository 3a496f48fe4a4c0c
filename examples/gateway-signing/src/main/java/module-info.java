/** An {@link cellengine.api.Interceptor} that signs every request for an API gateway in front of CellEngine. */
module cellengine.example.gateway {
    requires cellengine.api;

    exports cellengine.example.gateway;
}
