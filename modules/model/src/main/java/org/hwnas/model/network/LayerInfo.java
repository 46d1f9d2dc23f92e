package org.hwnas.model.network;

import java.util.Optional;
import org.hwnas.model.workload.LoopBounds;

/**
 * What one layer costs, as the CLI tables and the cost models see it.
 *
 * @param macs            multiply-accumulates of conv2d and linear layers (the convention of published
 *                        totals such as "ResNet-50: 4.09 GMACs"); 0 for element-wise and pooling layers
 * @param params          learnable parameters counted as torchvision does: weights + bias, and the
 *                        scale and shift of batch norm (2·C); running statistics are not parameters
 * @param inputElements   elements of all input tensors together
 * @param outputElements  elements of the output tensor
 * @param weightElements  elements of the weight tensor the loop nest reads (conv/linear kernels, no bias)
 * @param loopBounds      the 7-D loop nest of a conv2d or linear layer; empty for other kinds
 */
public record LayerInfo(String name, LayerKind kind, TensorShape output, long macs, long params,
                        long inputElements, long outputElements, long weightElements,
                        Optional<LoopBounds> loopBounds) {
}
