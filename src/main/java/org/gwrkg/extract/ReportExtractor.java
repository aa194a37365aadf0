package org.gwrkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gwrkg.extract.entity.EntityExtractor;
import org.gwrkg.extract.entity.EntityResolver;
import org.gwrkg.extract.entity.ShortForms;
import org.gwrkg.extract.metric.MetricExtractor;
import org.gwrkg.extract.relation.RelationExtractor;
import org.gwrkg.nlp.AnnotatedReport;
import org.gwrkg.read.Report;
import org.gwrkg.structure.Sentence;

/**
 * Runs the three extraction passes over an annotated report, each adding one layer: entity
 * mentions, then metrics (which may be about an entity), then relations between entities. Between
 * the first and the last, {@link EntityResolver} makes one entity of the mentions of one thing.
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
        Set<String> shortForms = ShortForms.of(mentions);
        for (Sentence s : sentences) {
            mentions.set(s.index(), ShortForms.addTo(s, mentions.get(s.index()), shortForms));
        }
        List<Metric> metrics = new ArrayList<>();
        for (Sentence s : sentences) {
            metrics.addAll(metricExtractor.extract(s, mentions.get(s.index()), report.metadata().period()));
        }
        EntityResolver.Resolution resolution = EntityResolver.resolve(sentences, mentions, report.metadata().region(),
                report.text());
        RelationExtractor relationExtractor = new RelationExtractor(resolution.region());
        for (Sentence s : sentences) {
            relationExtractor.accept(s, mentions.get(s.index()), resolution.byKey());
        }
        return new Extraction(report.source(), report.metadata(), report.text(), metrics,
                resolution.entities(), relationExtractor.relations());
    }
}
