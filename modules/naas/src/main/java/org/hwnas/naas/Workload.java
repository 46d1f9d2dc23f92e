package org.hwnas.naas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.workload.LoopBounds;

/**
 * The compute layers of a network grouped by shape: a shape is mapped once and counted as often as it
 * occurs (layers run one after another, so network cycles and energy are sums).
 *
 * @param name   network name
 * @param shapes distinct shapes in first-occurrence order
 */
public record Workload(String name, List<Shape> shapes) {

    /** One distinct layer shape. */
    public record Shape(String layer, LoopBounds bounds, int count) {
    }

    public Workload {
        shapes = List.copyOf(shapes);
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("network '" + name + "' has no compute layers (conv2d, linear)");
        }
    }

    public static Workload of(Network network) {
        Map<LoopBounds, String> first = new LinkedHashMap<>();
        Map<LoopBounds, Integer> count = new LinkedHashMap<>();
        for (LayerInfo l : NetworkAnalysis.of(network).computeLayers()) {
            LoopBounds b = l.loopBounds().orElseThrow();
            first.putIfAbsent(b, l.name());
            count.merge(b, 1, Integer::sum);
        }
        List<Shape> out = new ArrayList<>();
        first.forEach((b, n) -> out.add(new Shape(n, b, count.get(b))));
        return new Workload(network.name(), out);
    }

    public long macs() {
        long m = 0;
        for (Shape s : shapes) {
            m += s.bounds().macs() * s.count();
        }
        return m;
    }

    public int layers() {
        return shapes.stream().mapToInt(Shape::count).sum();
    }
}
