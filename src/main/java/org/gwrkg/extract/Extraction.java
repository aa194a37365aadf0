package org.gwrkg.extract;

import java.util.List;
import org.gwrkg.read.ReportMetadata;

/**
 * Everything read from one report: plain records with offsets into the normalised text,
 * written as JSON by {@code extract --json} and mapped to RDF by {@code org.gwrkg.rdf}.
 *
 * @param source    the report's file name
 * @param metadata  region, period and the rest
 * @param text      the normalised text all offsets point into
 * @param metrics   figures, in text order
 * @param entities  named things, in order of first mention
 * @param relations links, in text order
 */
public record Extraction(String source, ReportMetadata metadata, String text, List<Metric> metrics,
                         List<Entity> entities, List<Relation> relations) {
    public Extraction {
        metrics = List.copyOf(metrics);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
