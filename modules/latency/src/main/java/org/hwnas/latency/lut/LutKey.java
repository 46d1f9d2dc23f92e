package org.hwnas.latency.lut;

import java.util.Objects;

/**
 * What a lookup-table row is about: an operator applied to an input shape, giving an output shape.
 * Shapes are written {@code CxHxW} (batch 1), e.g. {@code 16x32x32}; operators are spelled by
 * {@link LayerLutKeys} for network layers and by {@link Nb201LutKeys} for NB201 cell ops.
 */
public record LutKey(String operator, String input, String output) {
    public LutKey {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        if (operator.isBlank() || operator.contains(",") || input.contains(",") || output.contains(",")) {
            throw new IllegalArgumentException("LUT key fields must be non-blank and free of commas: " + operator + " " + input + " " + output);
        }
    }

    @Override
    public String toString() {
        return operator + " " + input + " -> " + output;
    }
}
