package org.gwrkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Target lengths: log-normal around 14,000 characters, truncated to the bounds asked for. */
class LengthDistributionTest {

    @Test
    void defaultBoundsGiveMostReportsTenToTwentyThousandCharacters() {
        LengthDistribution d = new LengthDistribution(5_000, 40_000);
        SplittableRandom rnd = new SplittableRandom(1);
        int[] draws = new int[20_000];
        Arrays.setAll(draws, i -> d.draw(rnd));
        Arrays.sort(draws);
        assertTrue(draws[0] >= 5_000 && draws[draws.length - 1] <= 40_000);
        assertEquals(14_000, draws[draws.length / 2], 400);
        double middle = Arrays.stream(draws).filter(x -> x >= 10_000 && x <= 20_000).count() / (double) draws.length;
        assertEquals(0.68, middle, 0.02);
        double tail = Arrays.stream(draws).filter(x -> x > 30_000).count() / (double) draws.length;
        assertEquals(0.015, tail, 0.005);
    }

    @Test
    void boundsFarInTheTailAreKept() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int[] bounds : new int[][] {{3_000, 3_500}, {150_000, 200_000}, {20_000, 20_500}}) {
            LengthDistribution d = new LengthDistribution(bounds[0], bounds[1]);
            for (int i = 0; i < 1_000; i++) {
                int x = d.draw(rnd);
                assertTrue(x >= bounds[0] && x <= bounds[1], x + " outside " + Arrays.toString(bounds));
            }
        }
    }

    @Test
    void theInverseUndoesTheDistributionFunction() {
        for (double z = -3; z <= 3; z += 0.25) {
            assertEquals(z, LengthDistribution.inverseNormal(LengthDistribution.normal(z)), 1e-4);
        }
    }
}
