package org.gwrkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Metric;
import org.gwrkg.extract.Qualifier;
import org.gwrkg.extract.Relation;
import org.gwrkg.extract.RelationType;
import org.gwrkg.read.ReportMetadata;

/**
 * Maps one report's {@link Extraction} to RDF under {@code ontology/gwr.ttl}: one named graph per
 * report, IRIs from {@link Iris}, no blank nodes, so the same extraction always gives the same
 * triples.
 *
 * <p>What goes into the graph:
 * <ul>
 * <li>the report ({@code gwr:Report}, {@code prov:Entity}) with its title, date, source file,
 *     region name, {@code gwr:region} and {@code dcterms:spatial} to the region, and period;</li>
 * <li>the region ({@code gwr:Region}) with its code as {@code gwr:adminCode} and {@code skos:notation},
 *     when the code is known;</li>
 * <li>a {@code qb:DataSet} of the report's figures with structure {@code gwr:dsd}, and each figure as a
 *     {@code gwr:Observation} in it. {@code gwr:indicator} points to the concept of
 *     {@code ontology/indicators.ttl} that the wording matches ({@link ConceptMatcher}), or else to the
 *     wording's own concept in the second scheme; the wording itself is {@code gwr:indicatorText}.
 *     {@code gwr:unit} points to the unit of {@code ontology/units.ttl} with the figure's unit code
 *     (QUDT's where QUDT has one), and {@code gwr:unitCode} keeps the code.
 *     {@code gwr:refPeriod} is the report's period, or the year a target is set for.
 *     {@code gwr:subject} points to the entity of that name in the extraction, whatever its
 *     type (the first one when names repeat); when there is none an Organization of that name is
 *     minted, with the figure's evidence;</li>
 * <li>each entity, typed and labelled, with its evidence. A sector is the concept of
 *     {@code ontology/sectors.ttl} that its name matches, labelled with the concept's Chinese preferred
 *     label (so 金融 and 金融业 are one node with one label), or else its name's own concept in the
 *     second scheme;</li>
 * <li>for each concept and unit used, only what lets the graph be read and validated on its own: the
 *     concept's type, Chinese preferred label and scheme. The vocabularies themselves are not copied
 *     into report graphs; they live in graphs of their own ({@link Ontology#graphs()}). A concept of a
 *     second scheme, and a unit code that {@code units.ttl} lacks, have no other home and are
 *     described here in full;</li>
 * <li>each relation as a direct triple ({@code project gwr:status gwr:completed}, {@code x gwr:locatedIn
 *     place} …) and as an {@code rdf:Statement} with {@code rdf:subject/predicate/object} that carries
 *     the relation's evidence. {@code gwr:partner} points from the Project to the Organization, as
 *     DESIGN.md says, although the extractor's relation goes from the Organization to the Project:
 *     the mapper puts the Project end first whichever way round the relation is given;</li>
 * <li>the evidence nodes ({@code gwr:Evidence}: quote, start, end, report). Their Web Annotation
 *     reading ({@code oa:TextPositionSelector}, {@code oa:exact}, {@code oa:start}, {@code oa:end}) follows
 *     from the ontology's sub-class and sub-property axioms and is not written twice.</li>
 * </ul>
 */
public final class RdfMapper {

    /** The prefixes set on every model. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("gwr", GWR.NS)
            .setNsPrefix("id", GWR.ID)
            .setNsPrefix("qb", GWR.QB_NS)
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("prov", GWR.PROV_NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("vocab", GWR.VOCAB)
            .setNsPrefix("unit", GWR.QUDT.UNIT_NS)
            .setNsPrefix("qudt", GWR.QUDT.NS)
            .lock();

    private static final String ZH = "zh";

    private final ConceptMatcher indicators = ConceptMatcher.indicators();
    private final ConceptMatcher sectors = ConceptMatcher.sectors();
    private final UnitVocabulary units = UnitVocabulary.standard();

    /** Maps one report. */
    public ReportGraph map(Extraction x) {
        return new Run(x).map();
    }

    /** The state of one mapping. */
    private final class Run {
        private final Extraction x;
        private final ReportMetadata meta;
        private final Model m = ModelFactory.createDefaultModel();
        private final String key;
        private final String scope;
        private final Resource report;
        private final Resource region;
        private final Literal period;
        /** The first entity of each normalised name, for gwr:subject. */
        private final Map<String, Entity> byName = new HashMap<>();

        Run(Extraction x) {
            this.x = x;
            this.meta = x.metadata() == null ? ReportMetadata.EMPTY : x.metadata();
            this.key = Iris.reportKey(meta.regionCode(), meta.period(), x.source(), x.text());
            this.scope = blank(meta.regionCode()) ? key : meta.regionCode().strip();
            m.setNsPrefixes(PREFIXES);
            this.report = m.createResource(Iris.report(key));
            this.region = blank(meta.regionCode()) ? null : m.createResource(Iris.region(meta.regionCode()));
            this.period = blank(meta.period()) ? null
                    : m.createTypedLiteral(meta.period().strip(), XSDDatatype.XSDgYear);
            for (Entity e : x.entities()) {
                byName.putIfAbsent(Iris.normalise(e.name()), e);
            }
        }

        ReportGraph map() {
            report();
            observations();
            for (Entity e : x.entities()) {
                entity(e, e.evidence());
            }
            for (Relation r : x.relations()) {
                relation(r);
            }
            return new ReportGraph(report.getURI(), m);
        }

        private void report() {
            report.addProperty(RDF.type, GWR.Report).addProperty(RDF.type, GWR.PROV.Entity);
            if (!blank(meta.title())) {
                report.addProperty(DCTerms.title, meta.title().strip(), ZH);
            }
            if (!blank(meta.date())) {
                report.addProperty(DCTerms.date, m.createTypedLiteral(meta.date().strip(), XSDDatatype.XSDdate));
            }
            if (!blank(x.source())) {
                report.addProperty(DCTerms.source, x.source());
            }
            if (period != null) {
                report.addProperty(GWR.period, period);
            }
            if (!blank(meta.region())) {
                report.addProperty(GWR.regionName, meta.region().strip(), ZH);
            }
            if (region != null) {
                report.addProperty(GWR.region, region).addProperty(DCTerms.spatial, region);
                region.addProperty(RDF.type, GWR.Region)
                        .addProperty(GWR.adminCode, meta.regionCode().strip())
                        .addProperty(SKOS.notation, meta.regionCode().strip());
                if (!blank(meta.region())) {
                    region.addProperty(RDFS.label, meta.region().strip(), ZH);
                }
            }
        }

        private void observations() {
            if (x.metrics().isEmpty()) {
                return;
            }
            Resource dataset = m.createResource(Iris.dataset(key))
                    .addProperty(RDF.type, GWR.QB.DataSet)
                    .addProperty(GWR.QB.structure, GWR.dsd)
                    .addProperty(GWR.PROV.wasDerivedFrom, report);
            for (Metric metric : x.metrics()) {
                String value = metric.value() == null ? "" : metric.value().toPlainString();
                String unit = metric.unit() == null ? "" : metric.unit();
                int start = metric.evidence() == null ? -1 : metric.evidence().start();
                Resource o = m.createResource(Iris.observation(key, metric.indicator(), metric.measure().code(),
                                value, unit, start))
                        .addProperty(RDF.type, GWR.Observation)
                        .addProperty(RDF.type, GWR.QB.Observation)
                        .addProperty(GWR.QB.dataSet, dataset)
                        .addProperty(GWR.indicator, indicator(metric.indicator()))
                        .addProperty(GWR.indicatorText, metric.indicator(), ZH)
                        .addProperty(GWR.measure, GWR.of(metric.measure()));
                if (metric.value() != null) {
                    o.addProperty(GWR.value, m.createTypedLiteral(value, XSDDatatype.XSDdecimal));
                }
                if (metric.unit() != null) {
                    o.addProperty(GWR.unitCode, metric.unit());
                    o.addProperty(GWR.unit, unit(metric.unit()));
                }
                if (metric.raw() != null) {
                    o.addProperty(GWR.rawValue, metric.raw());
                }
                List<Qualifier> qs = new ArrayList<>(metric.qualifiers());
                qs.sort(Comparator.naturalOrder());
                for (Qualifier q : qs) {
                    o.addProperty(GWR.qualifier, GWR.of(q));
                }
                if (region != null) {
                    o.addProperty(GWR.refArea, region);
                }
                // A target (目标, 力争) refers to the year it is set for, not the year the report reviews.
                Literal refPeriod = blank(metric.period()) ? period
                        : m.createTypedLiteral(metric.period().strip(), XSDDatatype.XSDgYear);
                if (refPeriod != null) {
                    o.addProperty(GWR.refPeriod, refPeriod);
                }
                if (!blank(metric.subject())) {
                    Entity e = byName.get(Iris.normalise(metric.subject()));
                    if (e == null) {
                        e = new Entity(metric.subject(), EntityType.Organization, metric.evidence());
                    }
                    o.addProperty(GWR.subject, entity(e, metric.evidence()));
                }
                if (metric.evidence() != null) {
                    o.addProperty(GWR.evidence, evidence(metric.evidence()));
                }
            }
        }

        private Resource indicator(String text) {
            return concept(indicators.match(text), GWR.Indicator);
        }

        /** A concept, typed and with its Chinese label and scheme; in full if it is of a second scheme. */
        private Resource concept(ConceptMatcher.Match c, Resource type) {
            Resource r = m.createResource(c.iri())
                    .addProperty(RDF.type, type)
                    .addProperty(SKOS.inScheme, c.scheme());
            if (type.equals(GWR.Indicator) || !c.standard()) {
                r.addProperty(SKOS.prefLabel, c.label(), ZH);
            }
            if (!c.standard()) {
                r.addProperty(RDF.type, SKOS.Concept);
            }
            return r;
        }

        private Resource unit(String code) {
            Resource r = m.createResource(units.iri(code));
            if (units.known(code).isEmpty()) {
                r.addProperty(RDF.type, GWR.QUDT.Unit).addProperty(SKOS.notation, code);
            }
            return r;
        }

        /** The entity's node, typed, labelled and with its evidence (or {@code fallback}). */
        private Resource entity(Entity e, Evidence fallback) {
            Resource r;
            String label;
            if (e.type() == EntityType.Sector) {
                ConceptMatcher.Match c = sectors.match(e.name());
                r = concept(c, GWR.Sector);
                label = c.label();
            } else {
                r = m.createResource(Iris.entity(e.type(), e.name(), scope)).addProperty(RDF.type, GWR.of(e.type()));
                label = Iris.normalise(e.name());
            }
            // One label per node: names that normalise alike share the IRI and the first label.
            if (!r.hasProperty(RDFS.label)) {
                r.addProperty(RDFS.label, label, ZH);
            }
            Evidence ev = e.evidence() != null ? e.evidence() : fallback;
            if (ev != null) {
                r.addProperty(GWR.evidence, evidence(ev));
            }
            return r;
        }

        private void relation(Relation rel) {
            Entity from = rel.from();
            Entity to = rel.to();
            if (rel.type() == RelationType.PARTNER && to != null
                    && (to.type() == EntityType.Project || from.type() != EntityType.Project)) {
                // gwr:partner points from the Project to the Organization (DESIGN.md).
                Entity t = from;
                from = to;
                to = t;
            }
            Resource s = entity(from, rel.evidence());
            Property p = GWR.of(rel.type());
            Resource o;
            if (rel.type() == RelationType.STATUS) {
                if (rel.status() == null) {
                    return;
                }
                o = GWR.of(rel.status());
            } else {
                if (to == null) {
                    return;
                }
                o = entity(to, rel.evidence());
            }
            s.addProperty(p, o);
            int start = rel.evidence() == null ? -1 : rel.evidence().start();
            Resource st = m.createResource(Iris.statement(key, s.getURI(), p.getURI(), o.getURI(), start))
                    .addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, s)
                    .addProperty(RDF.predicate, p)
                    .addProperty(RDF.object, o);
            if (rel.evidence() != null) {
                st.addProperty(GWR.evidence, evidence(rel.evidence()));
            }
        }

        private Resource evidence(Evidence e) {
            Resource r = m.createResource(Iris.evidence(key, e.start(), e.end()));
            if (!r.hasProperty(RDF.type, GWR.Evidence)) {
                r.addProperty(RDF.type, GWR.Evidence)
                        .addProperty(GWR.start, m.createTypedLiteral(Integer.toString(e.start()), XSDDatatype.XSDinteger))
                        .addProperty(GWR.end, m.createTypedLiteral(Integer.toString(e.end()), XSDDatatype.XSDinteger))
                        .addProperty(GWR.report, report);
                if (e.quote() != null) {
                    r.addProperty(GWR.quote, e.quote(), ZH);
                }
            }
            return r;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
