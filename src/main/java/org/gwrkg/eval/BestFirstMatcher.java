package org.gwrkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * Pairs gold items with predicted ones, each at most once, taking the most similar pairs first
 * so that an exact match is never lost to a looser one that happened to come earlier.
 *
 * <pre>{@code
 * List<Pair> pairs = BestFirstMatcher.match(gold, predicted, (g, p) -> MatchRules.names(g, p));
 * }</pre>
 */
final class BestFirstMatcher {

    /** A matched pair: indices into the gold and predicted lists. */
    record Pair(int gold, int predicted) {
    }

    private record Candidate(int gold, int predicted, double score) {
    }

    private BestFirstMatcher() {
    }

    /**
     * The matching: pairs whose similarity is not {@link MatchRules#NO_MATCH}, best first,
     * ties broken by text order (gold first, then predicted) so results are reproducible.
     */
    static <G, P> List<Pair> match(List<G> gold, List<P> predicted, ToDoubleBiFunction<G, P> similarity) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double score = similarity.applyAsDouble(gold.get(g), predicted.get(p));
                if (score > 0) {
                    candidates.add(new Candidate(g, p, score));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predictedTaken = new boolean[predicted.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldTaken[c.gold()] && !predictedTaken[c.predicted()]) {
                goldTaken[c.gold()] = true;
                predictedTaken[c.predicted()] = true;
                pairs.add(new Pair(c.gold(), c.predicted()));
            }
        }
        return pairs;
    }
}
