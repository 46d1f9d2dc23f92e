package org.hwnas.methods.fnas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxPolicyTest {

    @Test
    void reinforceStepMatchesHandComputedValues() {
        SoftmaxPolicy p = new SoftmaxPolicy(new int[] {2, 3});
        // uniform start: grad of log pi = onehot - p; lr 1, advantage 0.5
        p.update(new int[] {0, 2}, 0.5, 1.0);
        assertArrayEquals(new double[] {0.25, -0.25}, p.logits(0), 1e-12);
        assertArrayEquals(new double[] {-1.0 / 6, -1.0 / 6, 1.0 / 3}, p.logits(1), 1e-12);
        // decision 0 now has p = sigmoid(0.5) = 0.6224593; a negative advantage on action 1 pushes it down
        double p0 = 1 / (1 + Math.exp(-0.5));
        assertEquals(p0, p.probabilities(0)[0], 1e-12);
        p.update(new int[] {1, 0}, -1.0, 1.0);
        assertArrayEquals(new double[] {0.25 + p0, -0.25 - p0}, p.logits(0), 1e-12);
        assertEquals(0.8724593, p.logits(0)[0], 1e-7);
    }

    @Test
    void learnsTheRewardedActionOfATinyBandit() {
        SoftmaxPolicy p = new SoftmaxPolicy(new int[] {4});
        Random rng = new Random(3);
        double baseline = 0;
        for (int i = 0; i < 300; i++) {
            int[] a = p.sample(rng);
            double r = a[0] == 2 ? 1 : 0;
            p.update(a, r - baseline, 0.5);
            baseline = 0.9 * baseline + 0.1 * r;
        }
        assertTrue(p.probabilities(0)[2] > 0.9, "p(best) = " + p.probabilities(0)[2]);
        assertTrue(p.meanEntropy() < Math.log(4) / 2);
    }

    @Test
    void drawFollowsTheCumulativeDistribution() {
        double[] p = {0.2, 0.5, 0.3};
        assertEquals(0, SoftmaxPolicy.draw(p, 0.1));
        assertEquals(1, SoftmaxPolicy.draw(p, 0.2));
        assertEquals(1, SoftmaxPolicy.draw(p, 0.69));
        assertEquals(2, SoftmaxPolicy.draw(p, 0.99));
    }
}
