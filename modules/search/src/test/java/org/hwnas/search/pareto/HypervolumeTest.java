package org.hwnas.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.uma.jmetal.qualityindicator.impl.hypervolume.impl.PISAHypervolume;

class HypervolumeTest {

    @Test
    void handComputed2d() {
        // staircase (1,3) (2,2) (3,1) under ref (4,4): 3x1 + 2x1 + 1x1 columns = 3 + 2 + 1 ... by rows:
        // x in [1,2): y from 3 to 4 -> 1; x in [2,3): y from 2 to 4 -> 2; x in [3,4): y from 1 to 4 -> 3; total 6
        List<double[]> pts = List.of(new double[] {1, 3}, new double[] {2, 2}, new double[] {3, 1});
        assertThat(Hypervolume.of(pts, new double[] {4, 4})).isEqualTo(6.0);
        // a dominated point and a point outside the reference add nothing
        List<double[]> more = new ArrayList<>(pts);
        more.add(new double[] {3, 3});
        more.add(new double[] {0, 5});
        assertThat(Hypervolume.of(more, new double[] {4, 4})).isEqualTo(6.0);
        assertThat(Hypervolume.of(List.of(), new double[] {4, 4})).isZero();
    }

    @Test
    void handComputed3d() {
        // one point at the origin: the whole box 2x3x4
        assertThat(Hypervolume.of(List.of(new double[] {0, 0, 0}), new double[] {2, 3, 4})).isEqualTo(24.0);
        // two boxes [0,2]x[0,1]x[0,1] = 2 and [0,1]x[0,2]x[0,2] = 4 overlapping in [0,1]x[0,1]x[0,1] = 1: union 5
        List<double[]> pts = List.of(new double[] {0, 1, 1}, new double[] {1, 0, 0});
        assertThat(Hypervolume.of(pts, new double[] {2, 2, 2})).isEqualTo(2 * 1 * 1 + 1 * 2 * 2 - 1.0);
    }

    /** Brute force on a unit grid: count the cells dominated by some point. */
    @Property(tries = 200)
    void equalsGridCount2d(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 9) Integer> xs,
                           @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 9) Integer> ys) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            pts.add(new double[] {xs.get(i), ys.get(i)});
        }
        int cells = 0;
        for (int x = 0; x < 10; x++) {
            for (int y = 0; y < 10; y++) {
                boolean covered = false;
                for (double[] p : pts) {
                    covered |= p[0] <= x && p[1] <= y;
                }
                cells += covered ? 1 : 0;
            }
        }
        assertThat(Hypervolume.of(pts, new double[] {10, 10})).isEqualTo(cells);
    }

    @Property(tries = 200)
    void equalsGridCount3d(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 5) Integer> xs,
                           @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 5) Integer> ys,
                           @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 5) Integer> zs) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            pts.add(new double[] {xs.get(i), ys.get(i), zs.get(i)});
        }
        int cells = 0;
        for (int x = 0; x < 6; x++) {
            for (int y = 0; y < 6; y++) {
                for (int z = 0; z < 6; z++) {
                    boolean covered = false;
                    for (double[] p : pts) {
                        covered |= p[0] <= x && p[1] <= y && p[2] <= z;
                    }
                    cells += covered ? 1 : 0;
                }
            }
        }
        assertThat(Hypervolume.of(pts, new double[] {6, 6, 6})).isEqualTo(cells);
    }

    /** Cross-check with jMetal's PISA hypervolume on random non-dominated sets. */
    @Property(tries = 100)
    void agreesWithJMetal(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1000) Integer> a,
                          @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 1000) Integer> b,
                          @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 1000) Integer> c) {
        for (int d = 2; d <= 3; d++) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                double[] p = d == 2 ? new double[] {a.get(i) / 1000.0, b.get(i) / 1000.0}
                        : new double[] {a.get(i) / 1000.0, b.get(i) / 1000.0, c.get(i) / 1000.0};
                pts.add(p);
            }
            List<double[]> front = new ArrayList<>();
            for (int i : ParetoFront.indices(pts)) {
                front.add(pts.get(i));
            }
            double[] ref = d == 2 ? new double[] {1.0, 1.0} : new double[] {1.0, 1.0, 1.0};
            double theirs = new PISAHypervolume(ref).compute(front.toArray(new double[0][]));
            assertThat(Hypervolume.of(front, ref)).isCloseTo(theirs, within(1e-9));
        }
    }

    @Test
    void moreThanThreeObjectivesIsRefused() {
        assertThatThrownBy(() -> Hypervolume.of(List.of(new double[4]), new double[] {1, 1, 1, 1}))
                .hasMessageContaining("1 to 3 objectives");
    }
}
