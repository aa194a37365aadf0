package org.gwrkg.eval;

import java.util.List;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.Metric;
import org.gwrkg.extract.Relation;

/**
 * The outcome of scoring one extraction: a {@link Score} per kind, and the items behind the
 * misses, so that a person can see what to fix.
 *
 * <pre>{@code
 * ScoreReport r = new Scorer().score(extraction, gold);
 * System.out.print(ScoreTable.render(r));
 * r.score("entities/Project").f1();
 * }</pre>
 *
 * @param scores             metrics, entities, each entity type, relations, each relation type
 * @param agreements         how often matched pairs agree beyond the matching rules (metrics/qualifiers exact)
 * @param missedMetrics      gold metrics no prediction matched
 * @param unmatchedMetrics   predicted metrics that matched no gold one
 * @param missedEntities     gold entities no prediction matched
 * @param unmatchedEntities  predicted entities that matched no gold one
 * @param missedRelations    gold relations no prediction matched
 * @param unmatchedRelations predicted relations that matched no gold one
 * @param qualifierMismatches matched metrics whose qualifier sets differ from the gold's
 */
public record ScoreReport(List<Score> scores, List<Agreement> agreements,
                          List<GoldMetric> missedMetrics, List<Metric> unmatchedMetrics,
                          List<GoldEntity> missedEntities, List<Entity> unmatchedEntities,
                          List<GoldRelation> missedRelations, List<Relation> unmatchedRelations,
                          List<MetricPair> qualifierMismatches) {

    public ScoreReport {
        scores = List.copyOf(scores);
        agreements = List.copyOf(agreements);
        missedMetrics = List.copyOf(missedMetrics);
        unmatchedMetrics = List.copyOf(unmatchedMetrics);
        missedEntities = List.copyOf(missedEntities);
        unmatchedEntities = List.copyOf(unmatchedEntities);
        missedRelations = List.copyOf(missedRelations);
        unmatchedRelations = List.copyOf(unmatchedRelations);
        qualifierMismatches = List.copyOf(qualifierMismatches);
    }

    /**
     * The score of one kind, e.g. {@code relations/status}.
     *
     * @throws IllegalArgumentException when the report has no such kind
     */
    public Score score(String kind) {
        return scores.stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no score for " + kind));
    }

    /**
     * The agreement of one kind, e.g. {@code metrics/qualifiers exact}.
     *
     * @throws IllegalArgumentException when the report has no such kind
     */
    public Agreement agreement(String kind) {
        return agreements.stream().filter(a -> a.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agreement for " + kind));
    }
}
