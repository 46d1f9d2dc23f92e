package org.hwnas.arch.nb201;

import org.hwnas.model.network.zoo.Nb201Op;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Nb201IsomorphismTest {

    @Test
    void thereAre4930Classes() {
        assertThat(Nb201Isomorphism.classCount()).isEqualTo(4930);
    }

    /**
     * Independent check of the definition: evaluate every cell as a real function with generic nonlinear
     * scalar ops (op(0) = 0) at two inputs. Same class must give the same output; different classes
     * must differ. So the canonical form is exactly functional equivalence, neither more nor less.
     */
    @Test
    void classesAreExactlyFunctionalEquivalence() {
        Map<Integer, String> outputOfRep = new HashMap<>();
        Map<String, Integer> repOfOutput = new HashMap<>();
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            Nb201Cell c = new Nb201Cell(code);
            String out = String.format("%.10f/%.10f", evaluate(c, 0.7), evaluate(c, -1.3));
            int rep = c.canonical().code();
            assertThat(outputOfRep.computeIfAbsent(rep, r -> out)).as("cell %s", c).isEqualTo(out);
            assertThat(repOfOutput.computeIfAbsent(out, o -> rep)).as("cell %s", c).isEqualTo(rep);
        }
    }

    private static double evaluate(Nb201Cell cell, double input) {
        DoubleUnaryOperator[] f = {
            null, null,
            x -> Math.tanh(1.37 * x) + 0.31 * x * x,
            x -> Math.sin(0.83 * x) + 0.17 * x * x * x,
            x -> Math.atan(2.1 * x) - 0.23 * x * x,
        };
        double[] node = new double[4];
        node[0] = input;
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            Nb201Op op = cell.op(e);
            double in = node[Nb201Cell.sourceNode(e)];
            double add = switch (op) {
                case NONE -> 0;
                case SKIP_CONNECT -> in;
                default -> f[op.ordinal()].applyAsDouble(in);
            };
            node[Nb201Cell.targetNode(e)] += add;
        }
        return node[3];
    }

    /** NB201's own unique_str is finer: each of its classes must sit inside one of ours. */
    @Test
    void officialUniqueStringClassesNestInOurs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../../data/nb201/nb201_acc_hp200_test.csv"));
        Map<String, Integer> repOfUnique = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int rep = Nb201Cell.parse(f[1]).canonical().code();
            assertThat(repOfUnique.computeIfAbsent(f[5], u -> rep)).as(line).isEqualTo(rep);
        }
        assertThat(repOfUnique).hasSize(6466);
    }

    @Test
    void handPickedEquivalences() {
        // node 1 is zero, so the ops leaving it (edges 2<-1, 3<-1) do not matter
        Nb201Cell a = Nb201Cell.parse("|none~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_1x1~0|avg_pool_3x3~1|skip_connect~2|");
        Nb201Cell b = Nb201Cell.parse("|none~0|+|nor_conv_3x3~0|none~1|+|nor_conv_1x1~0|none~1|skip_connect~2|");
        assertThat(a.isomorphicTo(b)).isTrue();
        assertThat(a.canonical()).isEqualTo(b.canonical());
        assertThat(a.canonical().code()).isLessThanOrEqualTo(b.code());
        // x + skip(conv(x)) through node 2 equals conv(x) directly plus x
        Nb201Cell c = Nb201Cell.parse("|none~0|+|nor_conv_3x3~0|none~1|+|skip_connect~0|none~1|skip_connect~2|");
        Nb201Cell d = Nb201Cell.parse("|none~0|+|skip_connect~0|none~1|+|nor_conv_3x3~0|none~1|skip_connect~2|");
        assertThat(c.isomorphicTo(d)).isTrue();
        // but conv(conv(x)) is not conv(x) + conv(x)
        Nb201Cell e = Nb201Cell.parse("|nor_conv_3x3~0|+|none~0|none~1|+|none~0|nor_conv_3x3~1|none~2|");
        Nb201Cell g = Nb201Cell.parse("|nor_conv_3x3~0|+|none~0|none~1|+|nor_conv_3x3~0|skip_connect~1|none~2|");
        assertThat(e.isomorphicTo(g)).isFalse();
        // multiplicity counts: x + x is not x
        Nb201Cell h = Nb201Cell.parse("|skip_connect~0|+|none~0|none~1|+|skip_connect~0|skip_connect~1|none~2|");
        Nb201Cell i = Nb201Cell.parse("|none~0|+|none~0|none~1|+|skip_connect~0|none~1|none~2|");
        assertThat(h.isomorphicTo(i)).isFalse();
    }

    @Test
    void allDisconnectedCellsAreOneClassRepresentedByAllNone() {
        Nb201Cell allNone = new Nb201Cell(0);
        int disconnected = 0;
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            Nb201Cell c = new Nb201Cell(code);
            if (c.outputDisconnected()) {
                disconnected++;
                assertThat(c.canonical()).isEqualTo(allNone);
            }
        }
        assertThat(Nb201Isomorphism.members(allNone)).hasSize(disconnected);
        assertThat(disconnected).isGreaterThan(1);
    }

    @Property
    void canonicalIsIdempotentSmallestAndIsomorphic(@ForAll("cells") Nb201Cell c) {
        Nb201Cell rep = c.canonical();
        assertThat(rep.canonical()).isEqualTo(rep);
        assertThat(rep.code()).isLessThanOrEqualTo(c.code());
        assertThat(Nb201Isomorphism.key(rep)).isEqualTo(Nb201Isomorphism.key(c));
        assertThat(Nb201Isomorphism.members(c)).contains(c).allMatch(m -> m.canonical().equals(rep));
        assertThat(Nb201Isomorphism.isCanonical(c)).isEqualTo(rep.equals(c));
    }

    /** Any op on an edge whose source node is zero can be swapped for any other without changing the class. */
    @Property
    void opsFedByZeroDoNotMatter(@ForAll("cells") Nb201Cell c, @ForAll("ops") Nb201Op replacement) {
        Nb201Cell zeroNode1 = c.with(0, Nb201Op.NONE);
        for (int e : new int[] {2, 4}) { // edges leaving node 1
            assertThat(zeroNode1.with(e, replacement).isomorphicTo(zeroNode1)).isTrue();
        }
    }

    /** With no transform between nodes 1 and 2 their roles can be swapped (mirror the cell). */
    @Property
    void nodes1And2AreInterchangeableWhenUnlinked(@ForAll("cells") Nb201Cell c) {
        Nb201Cell unlinked = c.with(2, Nb201Op.NONE);
        Nb201Cell mirrored = Nb201Cell.of(unlinked.op(1), unlinked.op(0), Nb201Op.NONE,
                unlinked.op(3), unlinked.op(5), unlinked.op(4));
        assertThat(mirrored.isomorphicTo(unlinked)).isTrue();
    }

    @Property
    void changingALiveOpOnTheOutputEdgeChangesTheClass(@ForAll("cells") Nb201Cell c) {
        // edge 3<-0 always carries the input: conv1x1(x) vs conv3x3(x) are different terms
        Nb201Cell a = c.with(3, Nb201Op.NOR_CONV_1X1);
        Nb201Cell b = c.with(3, Nb201Op.NOR_CONV_3X3);
        assertThat(a.isomorphicTo(b)).isFalse();
    }

    @Provide
    Arbitrary<Nb201Cell> cells() {
        return Arbitraries.integers().between(0, Nb201Cell.COUNT - 1).map(Nb201Cell::new);
    }

    @Provide
    Arbitrary<Nb201Op> ops() {
        return Arbitraries.of(Nb201Op.class);
    }
}
