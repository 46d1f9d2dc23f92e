package org.hwnas.arch.mbv2;

/**
 * One inverted-residual (MBConv) block choice: depthwise kernel and expansion ratio, written
 * {@code k5e6}.
 */
public record MbBlock(int kernel, int expansion) {

    public MbBlock {
        if (kernel < 1 || kernel % 2 == 0 || kernel > 15) {
            throw new IllegalArgumentException("block kernel must be odd, 1..15, got " + kernel);
        }
        if (expansion < 1 || expansion > 16) {
            throw new IllegalArgumentException("block expansion must be 1..16, got " + expansion);
        }
    }

    /** Reads {@code k5e6}. */
    public static MbBlock parse(String token) {
        String t = token.strip();
        int e = t.indexOf('e');
        if (!t.startsWith("k") || e < 2 || e == t.length() - 1) {
            throw new IllegalArgumentException("block '" + token + "' must read k<kernel>e<expansion>, e.g. k3e6");
        }
        try {
            return new MbBlock(Integer.parseInt(t.substring(1, e)), Integer.parseInt(t.substring(e + 1)));
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException("block '" + token + "' must read k<kernel>e<expansion>, e.g. k3e6");
        }
    }

    public String token() {
        return "k" + kernel + "e" + expansion;
    }

    @Override
    public String toString() {
        return token();
    }
}
