package org.hwnas.latency.measured;

import org.hwnas.model.network.LayerKind;

/** The measured time of one layer run alone on its recorded input. */
public record LayerTiming(String name, LayerKind kind, long macs, Timing timing) {
}
