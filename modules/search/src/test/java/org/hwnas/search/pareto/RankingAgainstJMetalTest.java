package org.hwnas.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hwnas.search.api.Fitness;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.solution.doublesolution.impl.DefaultDoubleSolution;
import org.uma.jmetal.util.bounds.Bounds;
import org.uma.jmetal.util.comparator.dominanceComparator.impl.DominanceWithConstraintsComparator;
import org.uma.jmetal.util.densityestimator.impl.CrowdingDistanceDensityEstimator;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;

/** Our NSGA-II building blocks must agree with jMetal's on the same points, constraints included. */
class RankingAgainstJMetalTest {

    @Property(tries = 200)
    void ranksAndCrowdingMatchJMetal(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n,
                                     @ForAll @IntRange(min = 2, max = 3) int m) {
        Random rng = new Random(seed);
        List<Fitness> ours = new ArrayList<>();
        List<DoubleSolution> theirs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] obj = new double[m];
            for (int k = 0; k < m; k++) {
                obj[k] = rng.nextInt(20) + rng.nextDouble() * 1e-3; // few ties in fronts, distinct values
            }
            double violation = rng.nextInt(4) == 0 ? rng.nextInt(3) + 0.5 : 0;
            ours.add(new Fitness(obj, violation));
            DoubleSolution s = new DefaultDoubleSolution(List.of(Bounds.create(0.0, 1.0)), m, 1);
            for (int k = 0; k < m; k++) {
                s.objectives()[k] = obj[k];
            }
            s.constraints()[0] = -violation; // jMetal: negative = violated
            theirs.add(s);
        }
        // jMetal's no-argument ranking ignores constraints; NSGA-II's constrained order needs this comparator
        FastNonDominatedSortRanking<DoubleSolution> ranking = new FastNonDominatedSortRanking<>(new DominanceWithConstraintsComparator<>());
        ranking.compute(theirs);
        int[] rank = NonDominatedSorting.ranks(ours);
        for (int i = 0; i < n; i++) {
            assertThat(rank[i]).as("rank of %d", i).isEqualTo(ranking.getRank(theirs.get(i)));
        }
        List<List<Integer>> fronts = NonDominatedSorting.fronts(ours);
        for (int f = 0; f < fronts.size(); f++) {
            List<Fitness> front = new ArrayList<>();
            List<DoubleSolution> jfront = new ArrayList<>();
            for (int i : fronts.get(f)) {
                front.add(ours.get(i));
                jfront.add(theirs.get(i));
            }
            CrowdingDistanceDensityEstimator<DoubleSolution> cd = new CrowdingDistanceDensityEstimator<>();
            cd.compute(jfront);
            double[] d = CrowdingDistance.of(front);
            for (int k = 0; k < front.size(); k++) {
                double t = cd.value(jfront.get(k));
                if (Double.isInfinite(t)) {
                    assertThat(d[k]).isInfinite();
                } else {
                    assertThat(d[k]).isCloseTo(t, within(1e-9));
                }
            }
        }
    }
}
