package org.gwrkg.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices from a seeded generator, so that every draw of a report is reproducible. */
final class Pick {

    private Pick() {
    }

    static <T> T one(SplittableRandom rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom rnd, double p) {
        return rnd.nextDouble() < p;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    static int between(SplittableRandom rnd, int low, int high) {
        return low + rnd.nextInt(high - low + 1);
    }

    /** A seed for one thing of a corpus, mixed from the corpus seed and a key (SplitMix64's finaliser). */
    static long mix(long seed, String key) {
        long z = seed * 0x9E3779B97F4A7C15L + key.hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
