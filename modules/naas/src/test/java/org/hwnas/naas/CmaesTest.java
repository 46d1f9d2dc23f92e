package org.hwnas.naas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CmaesTest {

    static double sphere(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - 0.3 - 0.05 * i;
            s += d * d;
        }
        return s;
    }

    @Test
    void findsTheMinimumOfAShiftedSphere() {
        double[] start = {0.9, 0.9, 0.9, 0.9, 0.9};
        Cmaes.Result r = Cmaes.minimize(CmaesTest::sphere, start, 0.3, 0, 2000, 42);
        assertTrue(sphere(start) > 1.0);
        assertTrue(r.value() < 1e-8, "sphere minimum found: " + r.value());
        assertEquals(0.3, r.x()[0], 1e-4);
        assertEquals(0.5, r.x()[4], 1e-4);
        assertTrue(r.evaluations() <= 2000);
    }

    @Test
    void respectsTheBudgetAndTheBoxAndIsDeterministic() {
        int[] calls = {0};
        Cmaes.Result a = Cmaes.minimize(x -> {
            calls[0]++;
            for (double v : x) {
                assertTrue(v >= 0 && v <= 1, "inside the unit box");
            }
            return -x[0] - x[1]; // optimum at the corner (1, 1)
        }, new double[] {0.5, 0.5}, 0.2, 6, 300, 5);
        assertEquals(300, calls[0]);
        assertEquals(300, a.evaluations());
        assertEquals(-2, a.value(), 1e-3);
        Cmaes.Result b = Cmaes.minimize(x -> -x[0] - x[1], new double[] {0.5, 0.5}, 0.2, 6, 300, 5);
        assertArrayEquals(a.x(), b.x());
    }

    @Test
    void neverReturnsWorseThanTheStart() {
        Cmaes.Result r = Cmaes.minimize(x -> x[0] == 0.25 && x[1] == 0.75 ? -1 : 0, new double[] {0.25, 0.75}, 0.3, 0, 50, 1);
        assertEquals(-1, r.value());
    }
}
