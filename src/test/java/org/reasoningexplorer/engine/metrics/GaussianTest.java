package org.reasoningexplorer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GaussianTest {
    /** Relative closeness, for values that span hundreds of orders of magnitude. */
    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "expected " + expected + " got " + actual);
    }

    @Test
    void distributionFunctionMatchesHighPrecisionValuesToFifteenDigits() {
        // Reference values from mpmath at 40 digits.
        double[][] cases = {
            {-30, 4.9067139271481870595e-198}, {-20, 2.7536241186062336951e-89},
            {-10, 7.619853024160526066e-24}, {-5, 2.8665157187919391167e-7},
            {-2.5, 0.006209665325776135167}, {-1, 0.15865525393145705141},
            {-0.5, 0.30853753872598689636}, {-0.1, 0.46017216272297101633}, {0, 0.5},
            {0.3, 0.61791142218895263307}, {1, 0.84134474606854294859}, {2, 0.9772498680518207928},
            {3, 0.99865010196836990547},
        };
        for (double[] c : cases) {
            assertRelative(c[1], Gaussian.cdf(c[0]), 1e-14);
        }
    }

    @Test
    void upperTailKeepsRelativeAccuracyWhereOneMinusCdfWouldCancel() {
        assertRelative(6.2209605742717841235e-16, Gaussian.upperTail(8.0), 1e-13);
        assertRelative(7.619853024160526066e-24, Gaussian.upperTail(10.0), 1e-13);
        assertEquals(0.0, Gaussian.cdf(-40.0));
        assertEquals(1.0, Gaussian.cdf(40.0));
    }

    @Test
    void errorFunctionsMatchHighPrecisionValues() {
        assertRelative(1.128379167095512615e-10, Gaussian.erf(1e-10), 1e-13);
        assertRelative(0.1124629160182848984, Gaussian.erf(0.1), 1e-14);
        assertRelative(0.52049987781304653768, Gaussian.erf(0.5), 1e-14);
        assertRelative(0.84270079294971486934, Gaussian.erf(1.0), 1e-14);
        assertRelative(-0.99532226501895273416, Gaussian.erf(-2.0), 1e-14);
        assertRelative(0.15729920705028513066, Gaussian.erfc(1.0), 1e-13);
        assertRelative(1.5374597944280348502e-12, Gaussian.erfc(5.0), 1e-12);
        assertRelative(2.088487583762544757e-45, Gaussian.erfc(10.0), 1e-12);
    }

    @Test
    void quantileInvertsTheDistributionFunction() {
        assertEquals(1.959963984540054, Gaussian.quantile(0.975), 1e-13);
        assertEquals(-6.361340902404056, Gaussian.quantile(1e-10), 1e-12);
        assertEquals(-0.5244005127080409, Gaussian.quantile(0.3), 1e-13);
        assertEquals(0.0, Gaussian.quantile(0.5), 1e-15);
        for (double p = 0.001; p < 1.0; p += 0.0173) {
            assertEquals(p, Gaussian.cdf(Gaussian.quantile(p)), 1e-14);
        }
    }

    @Test
    void scaledFormsStandardiseByMeanAndSd() {
        assertEquals(Gaussian.cdf(1.0), Gaussian.cdf(3.0, 1.0, 2.0), 1e-16);
        assertEquals(Gaussian.density(1.0) / 2.0, Gaussian.density(3.0, 1.0, 2.0), 1e-16);
        assertTrue(Gaussian.upperTail(3.0, 1.0, 2.0) > 0.15);
    }

    @Test
    void invalidArgumentsAreRejectedWithTheAllowedRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gaussian.cdf(0, 0, -1));
        assertTrue(e.getMessage().contains("(0, ∞)") && e.getMessage().contains("-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Gaussian.quantile(1.0));
        assertTrue(e.getMessage().contains("(0, 1)") && e.getMessage().contains("1.0"), e.getMessage());
    }
}
