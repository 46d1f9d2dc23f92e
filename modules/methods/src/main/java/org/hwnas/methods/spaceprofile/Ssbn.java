package org.hwnas.methods.spaceprofile;

import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;

/**
 * One single-substitution network (Zeng et al.'s SSBN): the all-{@code typical} NB201 cell of a block
 * family with only edge {@code edge} set to {@code op}; {@code edge = -1} is the family's base network.
 *
 * @param family     the family's name (its typical op's token)
 * @param typical    the op every other edge holds
 * @param accuracy   accuracy, percent
 * @param latencyMs  end-to-end latency measured on this machine, ms
 */
public record Ssbn(String family, Nb201Op typical, int edge, Nb201Op op, double accuracy, double latencyMs) {

    public Nb201Cell cell() {
        Nb201Op[] ops = new Nb201Op[Nb201Cell.EDGES];
        java.util.Arrays.fill(ops, typical);
        if (edge >= 0) {
            ops[edge] = op;
        }
        return Nb201Cell.of(ops);
    }

    public boolean base() {
        return edge < 0;
    }
}
