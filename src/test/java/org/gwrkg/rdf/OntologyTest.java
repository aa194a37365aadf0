package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyTest {

    /** The terms of DESIGN.md's ontology contract table, which queries and scoring rely on. */
    static final List<String> CONTRACT = List.of(
            "Report", "Region", "Observation", "Indicator", "Project", "Organization", "Sector", "Place",
            "Designation",
            "region", "period", "adminCode", "indicator", "measure", "level", "changeRate", "changeAbs",
            "value", "unitCode", "rawValue", "qualifier", "approx", "over", "under", "estimate", "target",
            "refArea", "refPeriod", "subject", "indicatorText", "evidence",
            "status", "signed", "started", "underConstruction", "completed", "inOperation",
            "partner", "locatedIn", "inSector", "awarded",
            "quote", "start", "end", "report");

    private final Model onto = Ontology.ontology();

    @Test
    void everyContractTermIsDeclaredWithChineseAndEnglishLabels() {
        for (String t : CONTRACT) {
            Resource r = onto.createResource(GWR.NS + t);
            assertTrue(onto.contains(r, RDF.type, (RDFNode) null), "not declared: gwr:" + t);
            assertTrue(hasLang(r, RDFS.label, "zh"), "no @zh label: gwr:" + t);
            assertTrue(hasLang(r, RDFS.label, "en"), "no @en label: gwr:" + t);
            assertTrue(hasLang(r, RDFS.comment, "en"), "no @en comment: gwr:" + t);
        }
    }

    @Test
    void everyClassAndPropertyIsLabelledAndCommented() {
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            onto.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(r -> {
                assertTrue(hasLang(r, RDFS.label, "zh") && hasLang(r, RDFS.label, "en"), "labels of " + r);
                assertTrue(hasLang(r, RDFS.comment, "en"), "comment of " + r);
            });
        }
    }

    private boolean hasLang(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        return onto.listObjectsOfProperty(r, p)
                .filterKeep(n -> n.isLiteral() && n.asLiteral().getLanguage().equals(lang)).hasNext();
    }

    @Test
    void everyGwrConstantIsInTheOntology() throws IllegalAccessException {
        for (var f : GWR.class.getFields()) {
            if (f.get(null) instanceof Resource r && r.getURI().startsWith(GWR.NS) && !r.getURI().equals(GWR.NS)) {
                assertTrue(onto.contains(r, RDF.type, (RDFNode) null),
                        "GWR." + f.getName() + " is not declared in gwr.ttl");
            }
        }
    }

    @Test
    void alignments() {
        assertTrue(onto.contains(GWR.Report, RDFS.subClassOf, onto.createResource(GWR.PROV_NS + "Entity")));
        assertTrue(onto.contains(GWR.Observation, RDFS.subClassOf, GWR.QB.Observation));
        assertTrue(onto.contains(GWR.Indicator, RDFS.subClassOf, SKOS.Concept));
        assertTrue(onto.contains(GWR.Sector, RDFS.subClassOf, SKOS.Concept));
        assertTrue(onto.contains(GWR.Organization, RDFS.subClassOf, org.apache.jena.vocabulary.ORG.Organization));
        assertTrue(onto.contains(GWR.Evidence, RDFS.subClassOf, OA.TextPositionSelector));
        assertTrue(onto.contains(GWR.quote, RDFS.subPropertyOf, OA.exact));
        assertTrue(onto.contains(GWR.start, RDFS.subPropertyOf, OA.start));
        assertTrue(onto.contains(GWR.end, RDFS.subPropertyOf, OA.end));
        assertEquals(GWR.Project, onto.getProperty(GWR.partner, RDFS.domain).getResource());
        assertEquals(GWR.Organization, onto.getProperty(GWR.partner, RDFS.range).getResource());
        Resource o = onto.createResource(GWR.ONTOLOGY_IRI);
        assertTrue(onto.contains(o, RDF.type, OWL.Ontology));
        assertTrue(onto.contains(o, DCTerms.license, onto.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(onto.contains(o, OWL.versionInfo));
    }

    @Test
    void dataStructureDefinition() {
        Resource qb = onto.createResource(GWR.QB_NS + "DataStructureDefinition");
        assertTrue(onto.contains(GWR.dsd, RDF.type, qb));
        var components = onto.listObjectsOfProperty(GWR.dsd, onto.createProperty(GWR.QB_NS, "component")).toList();
        var dims = components.stream()
                .map(c -> c.asResource().getPropertyResourceValue(onto.createProperty(GWR.QB_NS, "dimension")))
                .filter(java.util.Objects::nonNull).toList();
        assertEquals(4, dims.size());
        assertTrue(dims.containsAll(List.of(GWR.refArea, GWR.refPeriod, GWR.indicator, GWR.measure)));
        assertTrue(components.stream().anyMatch(c ->
                GWR.value.equals(c.asResource().getPropertyResourceValue(onto.createProperty(GWR.QB_NS, "measure")))));
        assertTrue(components.stream().anyMatch(c ->
                GWR.unitCode.equals(c.asResource().getPropertyResourceValue(onto.createProperty(GWR.QB_NS, "attribute")))));
        assertTrue(components.stream().anyMatch(c ->
                GWR.unit.equals(c.asResource().getPropertyResourceValue(onto.createProperty(GWR.QB_NS, "attribute")))));
        assertTrue(onto.contains(GWR.unit, RDF.type, onto.createResource(GWR.QB_NS + "AttributeProperty")));
        assertTrue(onto.contains(GWR.unit, RDFS.subPropertyOf,
                onto.createResource("http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure")));
        assertEquals(GWR.QUDT.Unit, onto.getProperty(GWR.unit, RDFS.range).getResource());
    }

    @Test
    void codeListsAreConceptSchemes() {
        for (Resource c : List.of(GWR.level, GWR.changeRate, GWR.changeAbs)) {
            assertTrue(onto.contains(c, RDF.type, GWR.Measure));
            assertTrue(onto.contains(c, SKOS.inScheme, GWR.measures));
        }
        for (Resource c : List.of(GWR.approx, GWR.over, GWR.under, GWR.estimate, GWR.target)) {
            assertTrue(onto.contains(c, RDF.type, GWR.Qualifier));
            assertTrue(onto.contains(c, SKOS.inScheme, GWR.qualifiers));
        }
        for (Resource c : List.of(GWR.signed, GWR.started, GWR.underConstruction, GWR.completed, GWR.inOperation)) {
            assertTrue(onto.contains(c, RDF.type, GWR.ProjectStatus));
            assertTrue(onto.contains(c, SKOS.inScheme, GWR.projectStatuses));
            assertTrue(onto.contains(c, RDF.type, SKOS.Concept));
        }
    }

    @Test
    void writerRoundTripsEveryFormat() {
        var graphs = List.of(new RdfMapper().map(Fixtures.yongchuan()));
        long quads = graphs.get(0).model().size()
                + Ontology.graphs().values().stream().mapToLong(Model::size).sum();
        // Triple formats write the union, where a report's few triples about the concepts it uses
        // (type, label, scheme) coincide with the vocabularies' own.
        long triples = ModelFactory.createDefaultModel().add(RdfWriter.dataset(graphs, true).getUnionModel()).size();
        assertTrue(triples < quads);
        for (String f : List.of("ttl", "nt", "trig", "nq", "jsonld", "out.trig", "x.nq")) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            RdfWriter.write(graphs, true, f, b);
            Lang lang = RdfWriter.lang(f);
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(b.toString(StandardCharsets.UTF_8), lang).parse(ds);
            long n = ds.getDefaultModel().size();
            for (var it = ds.listModelNames(); it.hasNext(); ) {
                n += ds.getNamedModel(it.next()).size();
            }
            boolean quadFormat = lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS) || lang.equals(Lang.JSONLD);
            assertEquals(quadFormat ? quads : triples, n, "triples lost in " + f);
            if (quadFormat) {
                assertTrue(ds.containsNamedModel(graphs.get(0).graphName()), "report graph missing in " + f);
                for (String g : List.of(Ontology.GRAPH, Ontology.INDICATORS_GRAPH, Ontology.SECTORS_GRAPH,
                        Ontology.UNITS_GRAPH)) {
                    assertTrue(ds.containsNamedModel(g), g + " missing in " + f);
                }
            }
        }
    }

    @Test
    void unknownFormatIsRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> RdfWriter.lang("csv"));
        assertTrue(e.getMessage().contains("csv"));
    }
}
