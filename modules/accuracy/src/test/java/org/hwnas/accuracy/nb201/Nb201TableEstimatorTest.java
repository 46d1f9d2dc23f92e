package org.hwnas.accuracy.nb201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201ArchIndex;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.arch.nb201.Nb201Isomorphism;
import org.hwnas.arch.nb201.Nb201Table;
import org.junit.jupiter.api.Test;

class Nb201TableEstimatorTest {
    private static final AccuracyMetric C10_TEST = AccuracyMetric.parse("cifar10/test@200");
    private final AccuracyEstimator est = AccuracyEstimators.byId("nb201-table");

    /** The table row of exactly this arch (no canonicalisation). */
    private double row(int archIndex, String metric) {
        return ((Nb201TableEstimator) est).exact(Nb201ArchIndex.cell(archIndex), AccuracyMetric.parse(metric));
    }

    @Test
    void knownRowsOfEachTable() {
        assertThat(row(0, "cifar10/test@200")).isCloseTo(85.86333, within(1e-4));
        assertThat(row(0, "cifar100/test@200")).isCloseTo(52.91333, within(1e-4));
        assertThat(row(0, "imagenet16-120/test@200")).isCloseTo(26.63333, within(1e-4));
        assertThat(row(0, "cifar10/valid@200")).isCloseTo(81.98267, within(1e-4));
        assertThat(row(0, "cifar100/valtest@200")).isCloseTo(52.80667, within(1e-4));
        assertThat(row(0, "cifar10/test@12")).isCloseTo(69.55, within(1e-9));
        assertThat(row(0, "imagenet16-120/valid@12")).isCloseTo(18.46667, within(1e-4));
        assertThat(row(1, "cifar10/test@200")).isCloseTo(93.66, within(1e-9));
    }

    @Test
    void estimateUsesTheRowOfTheClassRepresentative() {
        Nb201Cell arch0 = Nb201ArchIndex.cell(0);
        Nb201Cell rep = arch0.canonical();
        assertThat(rep).isNotEqualTo(arch0); // arch 0 has a smaller-code twin
        assertThat(est.estimate(arch0, C10_TEST).orElseThrow()).isEqualTo(row(rep.archIndex(), "cifar10/test@200"));
        Nb201Cell best = Nb201ArchIndex.cell(6111);
        assertThat(Nb201Isomorphism.isCanonical(best)).isTrue();
        assertThat(est.estimate(best, C10_TEST).orElseThrow()).isCloseTo(94.37333, within(1e-4));
    }

    @Test
    void bestCifar10TestAccuracyIs94_37AndBestValidIs91_61() {
        double bestTest = 0;
        double bestValid = 0;
        Nb201Cell argBest = null;
        AccuracyMetric valid = AccuracyMetric.parse("cifar10/valid@200");
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            Nb201Cell c = new Nb201Cell(code);
            double t = est.estimate(c, C10_TEST).orElseThrow();
            if (t > bestTest) {
                bestTest = t;
                argBest = c;
            }
            bestValid = Math.max(bestValid, est.estimate(c, valid).orElseThrow());
        }
        assertThat(bestTest).isCloseTo(94.37, within(0.005));
        // two different cells share the top value in the table: arch 6111 and arch 13714
        assertThat(argBest.archIndex()).isIn(6111, 13714);
        assertThat(bestValid).isCloseTo(91.61, within(0.005));
    }

    @Property(tries = 300)
    void isomorphicCellsGetOneValue(@ForAll("cells") Nb201Cell c) {
        double v = est.estimate(c, C10_TEST).orElseThrow();
        for (Nb201Cell m : Nb201Isomorphism.members(c)) {
            assertThat(est.estimate(m, C10_TEST).orElseThrow()).isEqualTo(v);
        }
        assertThat(v).isEqualTo(((Nb201TableEstimator) est).exact(c.canonical(), C10_TEST));
    }

    @Provide
    Arbitrary<Nb201Cell> cells() {
        return Arbitraries.integers().between(0, Nb201Cell.COUNT - 1).map(Nb201Cell::new);
    }

    @Test
    void offersTwelveMetricsWithCifar10TestFirst() {
        List<AccuracyMetric> m = est.metrics();
        assertThat(m).hasSize(12).first().isEqualTo(C10_TEST);
        Nb201Cell c = new Nb201Cell(4321);
        for (AccuracyMetric metric : m) {
            assertThat(est.estimate(c, metric)).as(metric.toString()).isPresent();
        }
    }

    @Test
    void badInputGetsOneLineReasons() {
        Architecture other = new Architecture() {
            public String family() {
                return "fbnet";
            }

            public String text() {
                return "0,1,2";
            }
        };
        assertThatThrownBy(() -> est.estimate(other, C10_TEST)).isInstanceOf(UnsupportedArchitectureException.class)
                .hasMessage("nb201-table cannot evaluate a 'fbnet' architecture (it handles: nb201)");
        assertThatThrownBy(() -> est.estimate(new Nb201Cell(0), AccuracyMetric.parse("mnist/test@1")))
                .hasMessageStartingWith("nb201-table has no metric 'mnist/test@1' (valid: cifar10/test@200, ");
        assertThatThrownBy(() -> AccuracyMetric.parse("cifar10-test")).hasMessageContaining("dataset/split@epochs");
        assertThatThrownBy(() -> AccuracyEstimators.byId("nope")).hasMessage("unknown accuracy estimator 'nope' (valid: nb201-table, short-training, zero-cost)");
    }

    @Test
    void eachTableLoadsWellUnderASecond() {
        for (String f : List.of(Nb201Tables.HP200_TEST, Nb201Tables.HP200_CTPE, Nb201Tables.HP12)) {
            long t0 = System.nanoTime();
            Nb201Table t = Nb201Table.resource(Nb201Tables.class, f);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("%s: %d columns x 15625 rows in %d ms%n", f, t.columns().size(), ms);
            assertThat(ms).as(f).isLessThan(1000);
        }
    }
}
