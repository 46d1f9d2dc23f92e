/**
 * Neural networks as DAGs of named layers: {@link org.hwnas.model.network.Network} (valid by
 * construction), {@link org.hwnas.model.network.NetworkBuilder}, shape inference and per-layer counts
 * ({@link org.hwnas.model.network.NetworkAnalysis}: output shapes, MACs, parameters, tensor sizes and the
 * loop bounds the cost models read).
 */
package org.hwnas.model.network;
