package org.hwnas.model.workload;

import java.util.EnumMap;
import java.util.Map;

/**
 * The loop nest of one compute layer as the cost model sees it: a grouped 2-D convolution
 * {@code O[n][g][k][q][p] += W[g][k][c][s][r] * I[n][g][c][U*q + D*s][U*p + D*r]}.
 * <p>{@code k} and {@code c} are per group: a dense conv has {@code g = 1}; a depthwise conv over 32
 * channels has {@code g = 32, k = c = 1}; a fully connected layer is {@code p = q = r = s = 1}.
 * Padding is not part of the loop nest (as in Timeloop): the input extent is what the loops touch.
 *
 * @param strideW horizontal stride U (along P/R)
 * @param strideH vertical stride (along Q/S)
 */
public record LoopBounds(int n, int g, int k, int c, int p, int q, int r, int s,
                         int strideW, int strideH, int dilationW, int dilationH) {

    public LoopBounds {
        int[] all = {n, g, k, c, p, q, r, s, strideW, strideH, dilationW, dilationH};
        for (int v : all) {
            if (v <= 0) {
                throw new IllegalArgumentException("loop bounds must be positive: " + describe(n, g, k, c, p, q, r, s));
            }
        }
    }

    /** A dense convolution with equal strides and dilations. */
    public static LoopBounds conv(int n, int k, int c, int p, int q, int r, int s, int stride) {
        return new LoopBounds(n, 1, k, c, p, q, r, s, stride, stride, 1, 1);
    }

    /** A fully connected layer: {@code k} outputs from {@code c} inputs. */
    public static LoopBounds linear(int n, int k, int c) {
        return new LoopBounds(n, 1, k, c, 1, 1, 1, 1, 1, 1, 1, 1);
    }

    public int get(Dim d) {
        return switch (d) {
            case N -> n;
            case G -> g;
            case K -> k;
            case C -> c;
            case P -> p;
            case Q -> q;
            case R -> r;
            case S -> s;
        };
    }

    public Map<Dim, Integer> asMap() {
        Map<Dim, Integer> m = new EnumMap<>(Dim.class);
        for (Dim d : Dim.values()) {
            m.put(d, get(d));
        }
        return m;
    }

    public long macs() {
        return (long) n * g * k * c * p * q * r * s;
    }

    public long weightCount() {
        return (long) g * k * c * r * s;
    }

    public long outputCount() {
        return (long) n * g * k * p * q;
    }

    /** Input width the loops touch: (P-1)*U + (R-1)*D + 1. */
    public int inputWidth() {
        return (p - 1) * strideW + (r - 1) * dilationW + 1;
    }

    public int inputHeight() {
        return (q - 1) * strideH + (s - 1) * dilationH + 1;
    }

    public long inputCount() {
        return (long) n * g * c * inputWidth() * inputHeight();
    }

    public long count(Tensor t) {
        return switch (t) {
            case WEIGHTS -> weightCount();
            case INPUTS -> inputCount();
            case OUTPUTS -> outputCount();
        };
    }

    private static String describe(int n, int g, int k, int c, int p, int q, int r, int s) {
        return "N=" + n + " G=" + g + " K=" + k + " C=" + c + " P=" + p + " Q=" + q + " R=" + r + " S=" + s;
    }

    @Override
    public String toString() {
        return describe(n, g, k, c, p, q, r, s) + " U=" + strideW + "x" + strideH + " D=" + dilationW + "x" + dilationH;
    }
}
