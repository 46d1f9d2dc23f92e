package org.hwnas.acceleratorui.edit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hwnas.model.accel.Capacity;
import org.hwnas.model.accel.Sharing;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/**
 * Text forms of accelerator values as the Properties sheet shows and accepts them. Each {@code format}
 * output parses back to the same value; bad text raises {@link IllegalArgumentException} saying what is
 * expected.
 */
public final class Inputs {
    private Inputs() {
    }

    /** {@code 224 words}, {@code 110592 bytes} or {@code unbounded}. */
    public static String formatCapacity(Capacity c) {
        return switch (c.unit()) {
            case WORDS -> c.amount() + " words";
            case BYTES -> c.amount() + " bytes";
            case UNBOUNDED -> "unbounded";
        };
    }

    /** Accepts {@code 224}, {@code 224 words}, {@code 110592 bytes}, {@code 108 KB} (KiB), {@code 2 MB} or {@code unbounded}. */
    public static Capacity parseCapacity(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("unbounded")) {
            return Capacity.UNBOUNDED;
        }
        String[] parts = t.split("\\s+|(?<=\\d)(?=[a-z])");
        try {
            long n = Long.parseLong(parts[0]);
            String unit = parts.length > 1 ? parts[1] : "words";
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            return switch (unit) {
                case "w", "word", "words" -> Capacity.words(n);
                case "b", "byte", "bytes" -> Capacity.bytes(n);
                case "kb", "kib" -> Capacity.bytes(Math.multiplyExact(n, 1024L));
                case "mb", "mib" -> Capacity.bytes(Math.multiplyExact(n, 1024L * 1024));
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("a size is like '224 words', '110592 bytes', '108 KB' or 'unbounded', got '"
                    + text.trim() + "'");
        }
    }

    /** A bandwidth in words per cycle, or {@code unconstrained}. */
    public static String formatBandwidth(double bw) {
        return Double.isInfinite(bw) ? "unconstrained" : number(bw);
    }

    public static double parseBandwidth(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("unconstrained") || t.equals("inf") || t.equals("infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        double v = parseNumber(text, "a bandwidth in words per cycle (or 'unconstrained')");
        if (!(v > 0)) {
            throw new IllegalArgumentException("a bandwidth must be > 0 words per cycle (or 'unconstrained'), got " + text.trim());
        }
        return v;
    }

    public static String formatSharing(Sharing s) {
        return s.toString();
    }

    /** {@code per-pe}, {@code global} or an instance count. */
    public static Sharing parseSharing(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("per-pe")) {
            return Sharing.PER_PE;
        }
        if (t.equals("global")) {
            return Sharing.GLOBAL;
        }
        try {
            return Sharing.of(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sharing is 'per-pe', 'global' or an instance count, got '" + text.trim() + "'");
        }
    }

    public static String formatTensors(Set<Tensor> keeps) {
        return keeps.stream().sorted().map(Tensor::key).collect(Collectors.joining(", "));
    }

    /** Comma- or space-separated tensor names ({@code weights, inputs, outputs}); may be empty. */
    public static Set<Tensor> parseTensors(String text) {
        Set<Tensor> out = EnumSet.noneOf(Tensor.class);
        for (String part : tokens(text)) {
            Tensor found = null;
            for (Tensor t : Tensor.values()) {
                if (t.key().equals(part.toLowerCase(Locale.ROOT))) {
                    found = t;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown tensor '" + part + "' (valid: weights, inputs, outputs)");
            }
            out.add(found);
        }
        return out;
    }

    public static String formatDims(List<Dim> dims) {
        return dims.stream().map(Dim::name).collect(Collectors.joining(", "));
    }

    /** Comma- or space-separated loop dims ({@code C, K}); at least one. */
    public static List<Dim> parseDims(String text) {
        List<Dim> out = new ArrayList<>();
        for (String part : tokens(text)) {
            Dim d = Dim.parse(part);
            if (out.contains(d)) {
                throw new IllegalArgumentException("dimension " + d + " listed twice");
            }
            out.add(d);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("name at least one loop dimension (N, G, K, C, P, Q, R, S)");
        }
        return out;
    }

    /** A finite number, in words naming what is expected when the text is not one. */
    public static double parseNumber(String text, String what) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + what + ", got '" + text.trim() + "'");
        }
    }

    /** Integral values without a fraction, others with up to 6 significant decimals. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.trim().split("[,\\s]+")) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
