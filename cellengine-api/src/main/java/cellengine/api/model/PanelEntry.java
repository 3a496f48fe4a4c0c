package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One channel of an FCS file's panel (docs/wire.md#fcs-file-fields).
 *
 * @param index the 1-based parameter index {@code n} of {@code $PnN}
 * @param channel the channel name {@code $PnN}
 * @param reagent the reagent {@code $PnS}, or {@code null}
 * @since 0.1
 */
public record PanelEntry(
        @JsonbProperty("index") Integer index,
        @JsonbProperty("channel") String channel,
        @JsonbProperty("reagent") String reagent) {
}
