package org.gwrkg.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Metric;
import org.gwrkg.extract.ProjectStatus;
import org.gwrkg.extract.Relation;
import org.gwrkg.extract.RelationType;
import org.gwrkg.read.ReportMetadata;

/** A gold standard written as the extraction a perfect extractor would give, for scoring it against itself. */
final class GoldAsExtraction {

    private GoldAsExtraction() {
    }

    static Extraction of(GoldStandard gold) {
        List<Metric> metrics = gold.metrics().stream()
                .map(m -> new Metric(m.indicator(), m.subject(), m.measure(), m.value(), m.unit(), m.raw(),
                        new HashSet<>(m.qualifiers()), evidence(m.quote())))
                .toList();
        Map<String, Entity> byName = new HashMap<>();
        List<Entity> entities = gold.entities().stream()
                .map(e -> new Entity(e.name(), e.type(), evidence(e.quote())))
                .peek(e -> byName.put(e.name(), e))
                .toList();
        List<Relation> relations = gold.relations().stream()
                .map(r -> r.type() == RelationType.STATUS
                        ? new Relation(r.type(), byName.get(r.from()), null, ProjectStatus.ofCode(r.to()),
                        evidence(r.quote()))
                        : new Relation(r.type(), byName.get(r.from()), byName.get(r.to()), null, evidence(r.quote())))
                .toList();
        return new Extraction(gold.source(), ReportMetadata.EMPTY, "", metrics, entities, relations);
    }

    // Gold files hold quotes without offsets; -1 says "not known".
    private static Evidence evidence(String quote) {
        return new Evidence(-1, -1, quote);
    }
}
