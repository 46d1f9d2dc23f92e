package org.hwnas.naas.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The ask/tell bridge over commons-math3's CMA-ES: replay determinism, restarts, no leaked thread. */
class CmaesBridgeTest {

    private static final ToDoubleFunction<double[]> SPHERE = x -> {
        double s = 0;
        for (double v : x) {
            s += (v - 0.3) * (v - 0.3);
        }
        return s;
    };

    /** Asks n points, telling f of each; the points asked, as text. */
    private static List<String> drive(long seed, int n, ToDoubleFunction<double[]> f) {
        Object owner = new Object();
        List<String> out = new ArrayList<>();
        try (CmaesBridge b = new CmaesBridge(owner, new double[] {0.5, 0.5, 0.5, 0.5}, 0.2, 0, seed)) {
            for (int i = 0; i < n; i++) {
                double[] x = b.ask();
                for (double v : x) {
                    assertThat(v).isBetween(0.0, 1.0);
                }
                out.add(java.util.Arrays.toString(x));
                b.tell(f.applyAsDouble(x));
            }
        }
        return out;
    }

    @Test
    void sameTellsGiveTheSameAsks() {
        List<String> a = drive(7, 120, SPHERE);
        List<String> b = drive(7, 120, SPHERE);
        assertThat(b).isEqualTo(a);
        assertThat(drive(8, 120, SPHERE)).isNotEqualTo(a); // the seed matters
        // different tells, different asks after the first generation (8 = 4 + 3 ln 4 points)
        List<String> c = drive(7, 120, x -> -SPHERE.applyAsDouble(x));
        assertThat(c.subList(0, 7)).isEqualTo(a.subList(0, 7));
        assertThat(c.subList(8, 120)).isNotEqualTo(a.subList(8, 120));
    }

    @Test
    void itMinimisesAndRestartsWhenItConverges() {
        Object owner = new Object();
        try (CmaesBridge b = new CmaesBridge(owner, new double[] {0.9, 0.1, 0.9}, 0.3, 0, 1)) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 3000 && b.restarts() == 0; i++) {
                double[] x = b.ask();
                double v = SPHERE.applyAsDouble(x);
                best = Math.min(best, v);
                b.tell(v);
            }
            assertThat(best).isLessThan(1e-6); // the optimum at (0.3, 0.3, 0.3) is found
            assertThat(b.restarts()).as("converged, then restarted instead of running dry").isEqualTo(1);
            double[] x = b.ask(); // asks go on after the restart
            b.tell(SPHERE.applyAsDouble(x));
        }
    }

    @Test
    void closeEndsTheThreadAndAForgottenOwnerToo() throws Exception {
        CmaesBridge b = new CmaesBridge(new Object(), new double[] {0.5, 0.5}, 0.2, 0, 3);
        b.ask();
        assertThat(b.threadAlive()).isTrue();
        b.close();
        assertThat(b.threadAlive()).isFalse();
        assertThatThrownBy(b::ask).hasMessageContaining("closed");

        Object[] owner = {new Object()};
        CmaesBridge orphan = new CmaesBridge(owner[0], new double[] {0.5, 0.5}, 0.2, 0, 3);
        orphan.ask();
        orphan.tell(1.0);
        owner[0] = null; // the engine run is dropped without close()
        for (int i = 0; i < 100 && orphan.threadAlive(); i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(orphan.threadAlive()).as("thread ends once its owner is collected").isFalse();
    }

    @Test
    void misuseIsRefused() {
        try (CmaesBridge b = new CmaesBridge(new Object(), new double[] {0.5, 0.5}, 0.2, 0, 3)) {
            assertThatThrownBy(() -> b.tell(1)).hasMessage("tell() without ask()");
            b.ask();
            assertThatThrownBy(b::ask).hasMessage("ask() twice without tell()");
            assertThatThrownBy(() -> b.tell(Double.NaN)).hasMessageContaining("NaN");
        }
        assertThatThrownBy(() -> new CmaesBridge(new Object(), new double[] {0.5}, 0.2, 0, 3)).hasMessageContaining("n >= 2");
    }
}
