package org.hwnas.networkui.graph;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.LayerParam;
import org.hwnas.model.network.Size2;

/**
 * Property-sheet edits of one layer parameter, typed as text. A value that is wrong on its own (not a
 * number, 0 channels, a negative padding, a parameter the kind does not take) is refused with an
 * {@link IllegalArgumentException} whose message says why; a value that is fine on its own but breaks a
 * shape further down is accepted (the editor marks the broken layers).
 */
public final class LayerEdit {
    private static final Pattern PAIR = Pattern.compile("\\[?\\s*(-?\\d+)\\s*(?:[x,X*]\\s*(-?\\d+))?\\s*]?");

    private LayerEdit() {
    }

    /** The parameter's current value as the property sheet shows it ({@code 3}, {@code 1x7}, {@code true}). */
    public static String text(Layer l, LayerParam p) {
        return switch (p) {
            case OUT_CHANNELS, OUT_FEATURES -> Integer.toString(l.outChannels());
            case KERNEL -> l.kernel().toString();
            case STRIDE -> l.stride().toString();
            case PADDING -> l.padding().toString();
            case DILATION -> l.dilation().toString();
            case GROUPS -> Integer.toString(l.groups());
            case BIAS -> Boolean.toString(l.bias());
        };
    }

    /** The layer with {@code p} set to {@code value}; throws with the reason when the value is refused. */
    public static Layer set(Layer l, LayerParam p, String value) {
        if (!LayerParam.of(l.kind()).contains(p)) {
            throw new IllegalArgumentException(p.key() + " does not apply to a " + l.kind().key() + " layer");
        }
        String v = value == null ? "" : value.trim();
        int out = l.outChannels();
        Size2 kernel = l.kernel();
        Size2 stride = l.stride();
        Size2 padding = l.padding();
        Size2 dilation = l.dilation();
        int groups = l.groups();
        boolean bias = l.bias();
        switch (p) {
            case OUT_CHANNELS, OUT_FEATURES -> out = positive(p, v);
            case KERNEL -> {
                Size2 old = kernel;
                kernel = pair(p, v, 1);
                if (l.kind().isPool() && stride.equals(old)) {
                    stride = kernel; // a pool's stride defaults to its kernel: keep following it
                }
            }
            case STRIDE -> stride = pair(p, v, 1);
            case PADDING -> padding = pair(p, v, 0);
            case DILATION -> dilation = pair(p, v, 1);
            case GROUPS -> groups = positive(p, v);
            case BIAS -> bias = bool(v);
        }
        if (l.kind().isPool() && (2 * padding.h() > kernel.h() || 2 * padding.w() > kernel.w())) {
            throw new IllegalArgumentException("padding " + padding + " is more than half the kernel " + kernel
                    + " (a pool pads at most half its window)");
        }
        return new Layer(l.name(), l.kind(), l.inputs(), out, kernel, stride, padding, dilation, groups, bias);
    }

    private static int positive(LayerParam p, String v) {
        int n = integer(p, v);
        if (n <= 0) {
            throw new IllegalArgumentException(p.key() + " must be > 0, got " + n);
        }
        return n;
    }

    private static int integer(LayerParam p, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(p.key() + " must be an integer, got '" + v + "'");
        }
    }

    /** {@code 3}, {@code 3x5}, {@code 3,5} or {@code [3, 5]} (height, width). */
    private static Size2 pair(LayerParam p, String v, int min) {
        Matcher m = PAIR.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException(p.key() + " must be an integer or height x width (e.g. 3 or 1x7), got '" + v + "'");
        }
        long h;
        long w;
        try {
            h = Long.parseLong(m.group(1));
            w = m.group(2) == null ? h : Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(p.key() + " is too large: '" + v + "'");
        }
        if (h < min || w < min) {
            throw new IllegalArgumentException(p.key() + " must be " + (min == 0 ? ">= 0" : "> 0") + ", got " + v);
        }
        if (h > Integer.MAX_VALUE || w > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(p.key() + " is too large: '" + v + "'");
        }
        return Size2.of((int) h, (int) w);
    }

    private static boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("bias must be true or false, got '" + v + "'");
        };
    }

    /** Display label of a kind in menus and on nodes. */
    public static String label(LayerKind k) {
        return k.key();
    }
}
