package org.hwnas.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    @Test
    void handPicked() {
        List<double[]> pts = List.of(new double[] {1, 5}, new double[] {2, 2}, new double[] {3, 3}, new double[] {2, 2},
                new double[] {5, 1}, new double[] {1, 6});
        // (3,3) is dominated by (2,2); (1,6) by (1,5); the duplicate (2,2) stays
        assertThat(ParetoFront.indices(pts)).containsExactly(0, 1, 3, 4);
    }

    @Property(tries = 300)
    void matchesBruteForce(@ForAll @Size(min = 0, max = 40) List<@IntRange(min = 0, max = 6) Integer> xs,
                           @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 6) Integer> ys,
                           @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 6) Integer> zs) {
        for (int d = 2; d <= 3; d++) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                pts.add(d == 2 ? new double[] {xs.get(i), ys.get(i)} : new double[] {xs.get(i), ys.get(i), zs.get(i)});
            }
            List<Integer> brute = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) {
                boolean dominated = false;
                for (int j = 0; j < pts.size(); j++) {
                    boolean noWorse = true;
                    boolean better = false;
                    for (int k = 0; k < d; k++) {
                        noWorse &= pts.get(j)[k] <= pts.get(i)[k];
                        better |= pts.get(j)[k] < pts.get(i)[k];
                    }
                    dominated |= noWorse && better;
                }
                if (!dominated) {
                    brute.add(i);
                }
            }
            assertThat(ParetoFront.indices(pts)).isEqualTo(brute);
        }
    }
}
