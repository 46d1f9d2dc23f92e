package org.hwnas.model.network.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.TensorShape;

/**
 * Reads and writes {@code *.hwnet.json} documents ({@code "format": "network/1"}; schema in
 * {@code docs/network-format.md}).
 * <p>Reading validates everything and throws one {@link DocumentException} listing every problem as
 * {@code file:line:col: layers[3].kernel: must be > 0, got 0}. Writing is stable: the same network
 * always gives the same bytes.
 */
public final class NetworkDocument {
    private NetworkDocument() {
    }

    public static Network read(Path file) throws DocumentException {
        return NetworkDecoder.decode(JsonDocument.read(file));
    }

    /** Parses text in memory; {@code label} stands for the file name in messages. */
    public static Network parse(String label, String json) throws DocumentException {
        return NetworkDecoder.decode(JsonDocument.parse(label, json));
    }

    /** Decodes an already parsed document (e.g. one whose kind was recognised by its format field). */
    public static Network decode(JsonDocument document) throws DocumentException {
        return NetworkDecoder.decode(document);
    }

    public static ObjectNode toJson(Network network) {
        return NetworkEncoder.encode(network);
    }

    /**
     * The document form of layers that need not make a valid network yet (an editor's draft with shape
     * problems): the same fields and order as {@link #toJson(Network)}, which refuses such networks.
     */
    public static ObjectNode draftJson(String name, String inputName, TensorShape inputShape, List<Layer> layers) {
        return NetworkEncoder.encode(name, inputName, inputShape, layers);
    }

    /** The document text: two-space indent, LF, trailing newline. */
    public static String toText(Network network) {
        return DocumentWriter.toText(toJson(network));
    }

    /** Writes atomically. */
    public static void write(Network network, Path file) throws IOException {
        DocumentWriter.write(toJson(network), file);
    }
}
