package org.gwrkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gwrkg.extract.entity.EntityExtractor;
import org.gwrkg.extract.metric.MetricExtractor;
import org.gwrkg.extract.relation.RelationExtractor;
import org.gwrkg.nlp.AnnotatedReport;
import org.gwrkg.read.Report;
import org.gwrkg.structure.Sentence;

/**
 * Runs the three extraction passes over an annotated report, each adding one layer: entity
 * mentions, then metrics (which may be about an entity), then relations between entities.
 *
 * <pre>{@code
 * Extraction x = new ReportExtractor().extract(annotated);
 * x.metrics().size();
 * }</pre>
 */
public final class ReportExtractor {
    private final MetricExtractor metricExtractor = new MetricExtractor();

    /** Everything the report states, as plain records with offsets into its text. */
    public Extraction extract(AnnotatedReport annotated) {
        Report report = annotated.structure().report();
        EntityExtractor entityExtractor = new EntityExtractor(report.metadata().region());
        List<Sentence> sentences = annotated.sentences();
        List<List<EntityMention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            mentions.add(entityExtractor.extract(s, annotated.tokensOf(s.index())));
        }
        List<Metric> metrics = new ArrayList<>();
        for (Sentence s : sentences) {
            metrics.addAll(metricExtractor.extract(s, mentions.get(s.index()), report.metadata().period()));
        }
        Map<String, Entity> entities = resolve(sentences, mentions);
        Entity region = regionEntity(report, entities, sentences);
        RelationExtractor relationExtractor = new RelationExtractor(region);
        for (Sentence s : sentences) {
            relationExtractor.accept(s, mentions.get(s.index()), entities);
        }
        return new Extraction(report.source(), report.metadata(), report.text(), metrics,
                List.copyOf(entities.values()), relationExtractor.relations());
    }

    /** One entity per type and name, with the sentence that first names it as evidence. */
    private static Map<String, Entity> resolve(List<Sentence> sentences, List<List<EntityMention>> mentions) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (EntityMention m : mentions.get(s.index())) {
                entities.computeIfAbsent(RelationExtractor.key(m.type(), m.name()),
                        k -> new Entity(m.name(), m.type(), new Evidence(s.start(), s.end(), s.text())));
            }
        }
        return entities;
    }

    /** The report's own region as a place: as the text names it most briefly, else as the metadata does. */
    private static Entity regionEntity(Report report, Map<String, Entity> entities, List<Sentence> sentences) {
        String region = report.metadata().region();
        if (region == null || region.isBlank()) {
            return null;
        }
        String shortForm = region.replaceAll("(自治县|自治州|自治区|新区|区|县|市|旗|省)$", "");
        for (String name : List.of(shortForm, region)) {
            Entity e = entities.get(RelationExtractor.key(EntityType.Place, name));
            if (e != null) {
                return e;
            }
        }
        Sentence first = sentences.isEmpty() ? null : sentences.get(0);
        Evidence evidence = first == null ? new Evidence(0, 0, "") : new Evidence(first.start(), first.end(), first.text());
        Entity e = new Entity(region, EntityType.Place, evidence);
        entities.put(RelationExtractor.key(EntityType.Place, region), e);
        return e;
    }
}
