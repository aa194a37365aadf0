package org.gwrkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianIsTheMiddleOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(3, Stats.median(new double[] {5, 1, 3}));
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
        assertEquals(7, Stats.median(new double[] {7}));
    }

    @Test
    void percentileByNearestRank() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;
        }
        assertEquals(99, Stats.percentile(hundred, 99));
        assertEquals(50, Stats.percentile(hundred, 50));
        assertEquals(1, Stats.percentile(hundred, 0));
        assertEquals(12, Stats.percentile(new double[] {3, 12, 5, 8, 1, 2, 9, 4, 7, 6}, 99), "fewer than 100 runs: the slowest");
    }

    @Test
    void noValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Stats.median(new double[0]));
    }

    @Test
    void theInputIsLeftAsItWas() {
        double[] v = {3, 1, 2};
        Stats.median(v);
        assertEquals(3, v[0]);
    }
}
