package org.hwnas.mapper;

/** What a mapping search minimizes. */
public enum Objective {
    EDP, ENERGY, CYCLES;

    /** Score of a design point (lower is better); energy in pJ, EDP in J x cycles. */
    public double score(double energyPj, long cycles) {
        return switch (this) {
            case EDP -> energyPj * 1e-12 * cycles;
            case ENERGY -> energyPj;
            case CYCLES -> cycles;
        };
    }

    public String key() {
        return name().toLowerCase();
    }
}
