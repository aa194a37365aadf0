package org.gwrkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Metric;
import org.gwrkg.extract.Relation;
import org.gwrkg.extract.RelationType;

/**
 * Scores an extraction against a gold standard as GUIDELINES.md section 4 defines it: each kind
 * is matched one to one (best pairs first, see {@link BestFirstMatcher}) under the rules of
 * {@link MatchRules}, then counted per kind and per entity and relation type. Matched metrics are
 * also compared on their qualifiers, which the matching ignores ({@link #QUALIFIERS_EXACT}).
 *
 * <pre>{@code
 * ScoreReport report = new Scorer().score(extraction, GoldStandard.load(goldFile));
 * report.score("metrics").f1();
 * }</pre>
 */
public final class Scorer {

    /** The kind of the {@link Agreement} on metric qualifiers. */
    public static final String QUALIFIERS_EXACT = "metrics/qualifiers exact";

    /** Scores {@code predicted} against {@code gold}. */
    public ScoreReport score(Extraction predicted, GoldStandard gold) {
        List<Score> scores = new ArrayList<>();

        Outcome<GoldMetric, Metric> metrics = Outcome.of(gold.metrics(), predicted.metrics(), Scorer::metrics);
        scores.add(metrics.score("metrics", x -> true, x -> true));

        Outcome<GoldEntity, Entity> entities = Outcome.of(gold.entities(), predicted.entities(), Scorer::entities);
        scores.add(entities.score("entities", x -> true, x -> true));
        scores.addAll(entities.scoresByType("entities/", GoldEntity::type, Entity::type, EntityType::name));

        Outcome<GoldRelation, Relation> relations =
                Outcome.of(gold.relations(), predicted.relations(), Scorer::relations);
        scores.add(relations.score("relations", x -> true, x -> true));
        scores.addAll(relations.scoresByType("relations/", GoldRelation::type, Relation::type, RelationType::code));

        List<MetricPair> matched = metrics.matchedPairs().stream()
                .map(pair -> new MetricPair(gold.metrics().get(pair.gold()), predicted.metrics().get(pair.predicted())))
                .toList();
        List<MetricPair> mismatches = matched.stream().filter(pair -> !sameQualifiers(pair)).toList();
        Agreement qualifiers = new Agreement(QUALIFIERS_EXACT, matched.size(), matched.size() - mismatches.size());

        return new ScoreReport(scores, List.of(qualifiers), metrics.missed(), metrics.unmatched(), entities.missed(),
                entities.unmatched(), relations.missed(), relations.unmatched(), mismatches);
    }

    /** Whether a matched metric carries exactly the gold's qualifiers; the match ignores them, so they count apart. */
    private static boolean sameQualifiers(MetricPair pair) {
        return Set.copyOf(pair.gold().qualifiers()).equals(Set.copyOf(pair.predicted().qualifiers()));
    }

    private static double metrics(GoldMetric g, Metric p) {
        if (p.measure() != g.measure() || !g.unit().equals(p.unit()) || p.value() == null
                || p.indicator() == null || !MatchRules.sameValue(g.value(), p.value())) {
            return MatchRules.NO_MATCH;
        }
        return MatchRules.indicators(g.indicator(), p.indicator());
    }

    private static double entities(GoldEntity g, Entity p) {
        if (p.type() != g.type() || p.name() == null) {
            return MatchRules.NO_MATCH;
        }
        return MatchRules.names(g.name(), p.name());
    }

    private static double relations(GoldRelation g, Relation p) {
        if (p.type() != g.type() || p.from() == null || p.from().name() == null) {
            return MatchRules.NO_MATCH;
        }
        double from = MatchRules.names(g.from(), p.from().name());
        double to = target(g, p);
        return from < 0 || to < 0 ? MatchRules.NO_MATCH : (from + to) / 2;
    }

    private static double target(GoldRelation g, Relation p) {
        if (g.type() == RelationType.STATUS) {
            return p.status() != null && p.status().code().equals(g.to()) ? 1 : MatchRules.NO_MATCH;
        }
        return p.to() == null || p.to().name() == null ? MatchRules.NO_MATCH : MatchRules.names(g.to(), p.to().name());
    }

    /** One kind's gold and predicted items and the pairs matched between them. */
    private record Outcome<G, P>(List<G> gold, List<P> predicted, List<BestFirstMatcher.Pair> pairs) {

        static <G, P> Outcome<G, P> of(List<G> gold, List<P> predicted,
                                       ToDoubleBiFunction<G, P> similarity) {
            return new Outcome<>(gold, predicted, BestFirstMatcher.match(gold, predicted, similarity));
        }

        /** The score over the gold and predicted items that pass the two filters. */
        Score score(String kind, Predicate<G> goldFilter,
                    Predicate<P> predictedFilter) {
            int matched = (int) pairs.stream()
                    .filter(pair -> goldFilter.test(gold.get(pair.gold()))
                            && predictedFilter.test(predicted.get(pair.predicted())))
                    .count();
            return new Score(kind, (int) gold.stream().filter(goldFilter).count(),
                    (int) predicted.stream().filter(predictedFilter).count(), matched);
        }

        /**
         * One score per type found on either side, in the enum's order so that tables of different
         * reports line up. The rules only pair items of one type, so a pair's type is either side's.
         */
        <K extends Enum<K>> List<Score> scoresByType(String prefix, Function<G, K> goldType,
                                                     Function<P, K> predictedType, Function<K, String> label) {
            Set<K> types = new TreeSet<>();
            gold.forEach(g -> types.add(goldType.apply(g)));
            predicted.forEach(p -> types.add(predictedType.apply(p)));
            List<Score> scores = new ArrayList<>();
            for (K type : types) {
                scores.add(score(prefix + label.apply(type), g -> Objects.equals(goldType.apply(g), type),
                        p -> Objects.equals(predictedType.apply(p), type)));
            }
            return scores;
        }

        /** The matched pairs in text order of the gold side. */
        List<BestFirstMatcher.Pair> matchedPairs() {
            return pairs.stream().sorted(Comparator.comparingInt(BestFirstMatcher.Pair::gold)).toList();
        }

        List<G> missed() {
            Set<Integer> hit = new HashSet<>();
            pairs.forEach(pair -> hit.add(pair.gold()));
            return indicesNotIn(gold, hit);
        }

        List<P> unmatched() {
            Set<Integer> hit = new HashSet<>();
            pairs.forEach(pair -> hit.add(pair.predicted()));
            return indicesNotIn(predicted, hit);
        }

        private static <T> List<T> indicesNotIn(List<T> items, Set<Integer> hit) {
            List<T> rest = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!hit.contains(i)) {
                    rest.add(items.get(i));
                }
            }
            return rest;
        }
    }
}
