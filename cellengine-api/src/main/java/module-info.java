/** The CellEngine SDK: the client, its entity records, errors and the Transport SPI. */
module cellengine.api {
    requires transitive jakarta.json.bind;
}
