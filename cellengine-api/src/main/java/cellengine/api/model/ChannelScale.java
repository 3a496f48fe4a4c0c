package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One entry of a scale set: a channel name and its scale (cellengine-api.md §3.10).
 *
 * @param channelName the channel name ({@code $PnN})
 * @param scale the channel's scale
 * @since 0.1
 */
public record ChannelScale(@JsonbProperty("channelName") String channelName, @JsonbProperty("scale") Scale scale) {
}
