package org.hwnas.mappingui.model;

import java.util.Locale;

/** Number formats of the views: cycles grouped, energy in engineering units, EDP in J x cycles. */
public final class Fmt {
    private Fmt() {
    }

    public static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** pJ as pJ, nJ, uJ or mJ with 3 significant digits. */
    public static String energy(double pj) {
        double a = Math.abs(pj);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.3g mJ", pj / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.3g uJ", pj / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "%.3g nJ", pj / 1e3);
        }
        return String.format(Locale.ROOT, "%.3g pJ", pj);
    }

    public static String edp(double jCycles) {
        return String.format(Locale.ROOT, "%.3g J·cycles", jCycles);
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }
}
