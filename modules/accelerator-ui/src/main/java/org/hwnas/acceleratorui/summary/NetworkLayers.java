package org.hwnas.acceleratorui.summary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hwnas.mapper.NetworkMapper;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.io.NetworkDocument;

/** The compute layers (conv2d, linear) of a {@code *.hwnet.json} network, as the evaluator takes them. */
public record NetworkLayers(String name, Path file, List<NetworkMapper.Layer> layers) {

    public NetworkLayers {
        layers = List.copyOf(layers);
    }

    /** Reads a network document; problems come back as the reader reports them (file:line:col: path: reason). */
    public static NetworkLayers read(Path file) throws DocumentException {
        return of(NetworkDocument.read(file), file);
    }

    public static NetworkLayers of(Network network, Path file) {
        List<NetworkMapper.Layer> out = new ArrayList<>();
        for (LayerInfo li : NetworkAnalysis.of(network).computeLayers()) {
            li.loopBounds().ifPresent(b -> out.add(new NetworkMapper.Layer(li.name(), b)));
        }
        return new NetworkLayers(network.name(), file, out);
    }
}
