package org.hwnas.model.validate;

import java.nio.file.Path;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.spi.DocumentValidator;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.io.NetworkDocument;
import org.openide.util.lookup.ServiceProvider;

/** Checks {@code *.hwnet.json}: schema, ranges and shape inference of every layer. */
@ServiceProvider(service = DocumentValidator.class, position = 100)
public final class NetworkValidator implements DocumentValidator {
    @Override
    public DocumentKind kind() {
        return DocumentKind.NETWORK;
    }

    @Override
    public String validate(Path file) throws DocumentException {
        Network net = NetworkDocument.read(file);
        NetworkAnalysis a = NetworkAnalysis.of(net);
        return String.format("network %s: %d layers, %,d MACs, %,d params", net.name(), net.layers().size(),
                a.totalMacs(), a.totalParams());
    }
}
