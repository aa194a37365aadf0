package org.gwrkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Measure;
import org.gwrkg.extract.Metric;
import org.gwrkg.extract.ProjectStatus;
import org.gwrkg.extract.Qualifier;
import org.gwrkg.extract.Relation;
import org.gwrkg.extract.RelationType;
import org.gwrkg.read.ReportMetadata;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Evidence NOWHERE = new Evidence(0, 0, "");
    private final Scorer scorer = new Scorer();

    private static GoldMetric goldMetric(String indicator, Measure measure, String value, String unit) {
        return new GoldMetric(null, indicator, null, measure, new BigDecimal(value), unit, null, List.of(), null);
    }

    private static Metric metric(String indicator, Measure measure, String value, String unit) {
        return new Metric(indicator, null, measure, new BigDecimal(value), unit, null, Set.of(), NOWHERE);
    }

    private static Entity entity(String name, EntityType type) {
        return new Entity(name, type, NOWHERE);
    }

    private static GoldStandard gold(List<GoldMetric> metrics, List<GoldEntity> entities,
                                     List<GoldRelation> relations) {
        return new GoldStandard("r.txt", "永川区", "500118", "2024", metrics, entities, relations);
    }

    private static Extraction predicted(List<Metric> metrics, List<Entity> entities, List<Relation> relations) {
        return new Extraction("r.txt", ReportMetadata.EMPTY, "", metrics, entities, relations);
    }

    @Test
    void metricsMatchOnMeasureUnitValueAndSimilarIndicator() {
        GoldStandard gold = gold(List.of(
                goldMetric("地区生产总值", Measure.CHANGE_RATE, "2", "percent"),
                goldMetric("规上工业总产值", Measure.LEVEL, "97500000000", "CNY"),
                goldMetric("粮食产量", Measure.LEVEL, "100000000", "jin")), List.of(), List.of());
        Metric wrongUnit = metric("粮食产量", Measure.LEVEL, "100000000", "tonne");
        ScoreReport report = scorer.score(predicted(List.of(
                metric("地区生产总值", Measure.CHANGE_RATE, "2.0", "percent"),
                metric("规上工业产值", Measure.LEVEL, "9.75E10", "CNY"),
                wrongUnit), List.of(), List.of()), gold);

        Score s = report.score("metrics");
        assertEquals(new Score("metrics", 3, 3, 2), s);
        assertEquals(2.0 / 3, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(2.0 / 3, s.f1(), 1e-9);
        assertEquals(List.of(gold.metrics().get(2)), report.missedMetrics());
        assertEquals(List.of(wrongUnit), report.unmatchedMetrics());
    }

    @Test
    void qualifiersAreComparedOnMatchedMetricsOnly() {
        GoldStandard gold = gold(List.of(
                new GoldMetric(null, "合同额", null, Measure.LEVEL, new BigDecimal("71100000000"), "CNY", null,
                        List.of(Qualifier.OVER), null),
                new GoldMetric(null, "粮食产量", null, Measure.LEVEL, new BigDecimal("420000"), "tonne", null,
                        List.of(Qualifier.APPROX, Qualifier.ESTIMATE), null),
                new GoldMetric(null, "游客", null, Measure.LEVEL, new BigDecimal("5"), "person", null,
                        List.of(Qualifier.TARGET), null)), List.of(), List.of());
        Metric hedgedWrongly = new Metric("合同额", null, Measure.LEVEL, new BigDecimal("71100000000"), "CNY", null,
                Set.of(Qualifier.APPROX), NOWHERE);
        Metric hedgedRightly = new Metric("粮食产量", null, Measure.LEVEL, new BigDecimal("420000"), "tonne", null,
                Set.of(Qualifier.ESTIMATE, Qualifier.APPROX), NOWHERE);
        ScoreReport report = scorer.score(predicted(List.of(hedgedWrongly, hedgedRightly), List.of(), List.of()),
                gold);

        // The unmatched third gold metric is a miss, not a qualifier disagreement.
        assertEquals(new Agreement(Scorer.QUALIFIERS_EXACT, 2, 1), report.agreement(Scorer.QUALIFIERS_EXACT));
        assertEquals(0.5, report.agreement(Scorer.QUALIFIERS_EXACT).share());
        assertEquals(List.of(new MetricPair(gold.metrics().get(0), hedgedWrongly)), report.qualifierMismatches());
    }

    @Test
    void aSpuriousMetricLowersPrecisionOnly() {
        GoldStandard gold = gold(List.of(goldMetric("合同额", Measure.LEVEL, "71100000000", "CNY")),
                List.of(), List.of());
        ScoreReport report = scorer.score(predicted(List.of(
                metric("合同额", Measure.LEVEL, "71100000000", "CNY"),
                metric("合同额", Measure.CHANGE_RATE, "71100000000", "CNY")), List.of(), List.of()), gold);

        Score s = report.score("metrics");
        assertEquals(0.5, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void entitiesMatchOnTypeAndTheSixtyPercentNameRule() {
        GoldStandard gold = gold(List.of(), List.of(
                new GoldEntity(null, EntityType.Place, "永川区", null),
                new GoldEntity(null, EntityType.Project, "科技片场（二期）", null),
                new GoldEntity(null, EntityType.Organization, "长城汽车", null)), List.of());
        ScoreReport report = scorer.score(predicted(List.of(), List.of(
                entity("永川", EntityType.Place),
                entity("科技片场", EntityType.Project),
                entity("长城汽车", EntityType.Project)), List.of()), gold);

        assertEquals(new Score("entities", 3, 3, 2), report.score("entities"));
        assertEquals(new Score("entities/Place", 1, 1, 1), report.score("entities/Place"));
        assertEquals(new Score("entities/Project", 1, 2, 1), report.score("entities/Project"));
        assertEquals(new Score("entities/Organization", 1, 0, 0), report.score("entities/Organization"));
    }

    @Test
    void anExactMatchIsPreferredToAnEarlierLooseOne() {
        GoldStandard gold = gold(List.of(), List.of(
                new GoldEntity(null, EntityType.Project, "科技片场", null),
                new GoldEntity(null, EntityType.Project, "科技片场(二期)", null)), List.of());
        ScoreReport report = scorer.score(predicted(List.of(), List.of(
                entity("科技片场（二期）", EntityType.Project)), List.of()), gold);

        assertEquals(1, report.score("entities").matched());
        assertEquals("科技片场", report.missedEntities().get(0).name());
    }

    @Test
    void relationsMatchOnTypeEndNamesAndStatusCode() {
        Entity park = entity("智能网联新能源汽车产业园", EntityType.Project);
        Entity company = entity("长城汽车", EntityType.Organization);
        Entity place = entity("永川", EntityType.Place);
        GoldStandard gold = gold(List.of(), List.of(), List.of(
                new GoldRelation(null, RelationType.STATUS, "智能网联新能源汽车产业园", "completed", null),
                new GoldRelation(null, RelationType.LOCATED_IN, "长城汽车", "永川区", null),
                new GoldRelation(null, RelationType.STATUS, "长城汽车", "in_operation", null)));
        Relation wrongStatus = new Relation(RelationType.STATUS, company, null, ProjectStatus.STARTED, NOWHERE);
        ScoreReport report = scorer.score(predicted(List.of(), List.of(), List.of(
                new Relation(RelationType.STATUS, park, null, ProjectStatus.COMPLETED, NOWHERE),
                new Relation(RelationType.LOCATED_IN, company, place, null, NOWHERE),
                wrongStatus)), gold);

        assertEquals(new Score("relations", 3, 3, 2), report.score("relations"));
        assertEquals(new Score("relations/status", 2, 2, 1), report.score("relations/status"));
        assertEquals(new Score("relations/located_in", 1, 1, 1), report.score("relations/located_in"));
        assertEquals(List.of(wrongStatus), report.unmatchedRelations());
    }

    @Test
    void nothingPredictedScoresZeroNotNaN() {
        GoldStandard gold = gold(List.of(goldMetric("合同额", Measure.LEVEL, "1", "CNY")), List.of(), List.of());
        Score s = scorer.score(predicted(List.of(), List.of(), List.of()), gold).score("metrics");
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.f1());
    }
}
