package cellengine.api.model;

import cellengine.analysis.scale.Scale;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One entry of a scale set: a channel name and its scale (docs/wire.md#scale-set-fields). The scale is the analysis
 * module's {@link Scale} ({@code LinearScale}, {@code LogScale} or {@code ArcSinhScale}); on the wire its
 * {@code type} names the variant.
 *
 * @param channelName the channel name ({@code $PnN})
 * @param scale the channel's scale
 * @since 0.1
 */
public record ChannelScale(@JsonbProperty("channelName") String channelName, @JsonbProperty("scale") Scale scale) {
}
