package org.hwnas.latency.network;

import java.util.OptionalDouble;
import org.hwnas.model.network.Network;

/**
 * A latency model that can also estimate a whole network graph (not only a search-space encoding):
 * per-layer LUTs, analytical accelerator models. Implemented next to
 * {@link org.hwnas.latency.spi.LatencyModel} by the models that can.
 */
public interface NetworkLatencyModel {

    /**
     * Latency in ms of one inference (batch as in the network's input shape).
     *
     * @throws IllegalArgumentException naming the device or the layer the model cannot handle
     */
    OptionalDouble latencyMs(Network network, String device);
}
