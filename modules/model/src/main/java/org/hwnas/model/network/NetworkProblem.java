package org.hwnas.model.network;

/**
 * One reason a network is invalid, located at a layer field so a document reader can point at the JSON
 * value ({@code layers[3].kernel}) and a programmatic caller gets the layer name.
 *
 * @param layerIndex index in the layer list, or -1 for a network-level problem
 * @param layerName  the layer's name, or "" for a network-level problem
 * @param field      the document field at fault, e.g. {@code kernel}, {@code inputs}; "" for the layer itself
 * @param element    index inside an array field (e.g. which input), or -1
 */
public record NetworkProblem(int layerIndex, String layerName, String field, int element, String reason) {

    /** The document path: {@code layers[3].inputs[1]}, {@code layers[3]}, or a network-level field. */
    public String path() {
        String f = element < 0 ? field : field + "[" + element + "]";
        if (layerIndex < 0) {
            return f;
        }
        return f.isEmpty() ? "layers[" + layerIndex + "]" : "layers[" + layerIndex + "]." + f;
    }

    /** {@code layers[3].kernel (layer 'conv2'): must ...}. */
    @Override
    public String toString() {
        String where = layerIndex < 0 ? path() : path() + " (layer '" + layerName + "')";
        return where + ": " + reason;
    }
}
