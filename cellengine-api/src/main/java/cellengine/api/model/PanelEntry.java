package cellengine.api.model;

/**
 * One channel of an FCS file's panel (cellengine-api.md §3.5).
 *
 * @param index the 1-based parameter index {@code n} of {@code $PnN}
 * @param channel the channel name {@code $PnN}
 * @param reagent the reagent {@code $PnS}, or {@code null}
 * @since 0.1
 */
public record PanelEntry(Integer index, String channel, String reagent) {
}
