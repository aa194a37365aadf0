package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Measure;
import org.gwrkg.extract.Metric;
import org.gwrkg.read.ReportMetadata;
import org.junit.jupiter.api.Test;

class RdfMapperTest {

    private final RdfMapper mapper = new RdfMapper();

    @Test
    void sameExtractionGivesTheSameBytes() {
        String a = RdfWriter.sortedNQuads(List.of(mapper.map(Fixtures.yongchuan())), true);
        String b = RdfWriter.sortedNQuads(List.of(mapper.map(Fixtures.yongchuan())), true);
        assertTrue(a.length() > 1000, "suspiciously little output");
        assertEquals(a, b);
        String[] lines = a.split("\n");
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i - 1].compareTo(lines[i]) < 0, "not sorted at line " + i);
        }
    }

    @Test
    void noBlankNodes() {
        Model m = mapper.map(Fixtures.yongchuan()).model();
        m.listStatements().forEachRemaining(s -> {
            assertFalse(s.getSubject().isAnon(), () -> "blank subject in " + s);
            assertFalse(s.getObject().isAnon(), () -> "blank object in " + s);
        });
        Ontology.ontology().listStatements().forEachRemaining(s ->
                assertFalse(s.getSubject().isAnon() || s.getObject().isAnon(), () -> "blank node in ontology: " + s));
        assertFalse(RdfWriter.sortedNQuads(List.of(mapper.map(Fixtures.yongchuan())), true).contains("_:"));
    }

    @Test
    void reportRegionAndGraphName() {
        ReportGraph g = mapper.map(Fixtures.yongchuan());
        assertEquals("https://w3id.org/gwrkg/id/report/500118-2024", g.graphName());
        Model m = g.model();
        Resource report = m.createResource(g.graphName());
        Resource region = m.createResource("https://w3id.org/gwrkg/id/region/500118");
        assertTrue(m.contains(report, RDF.type, GWR.Report));
        assertTrue(m.contains(report, RDF.type, GWR.PROV.Entity));
        assertTrue(m.contains(report, GWR.region, region));
        assertTrue(m.contains(report, DCTerms.spatial, region));
        assertTrue(m.contains(report, DCTerms.date, m.createTypedLiteral("2025-01-13", XSDDatatype.XSDdate)));
        assertTrue(m.contains(report, GWR.period, m.createTypedLiteral("2024", XSDDatatype.XSDgYear)));
        assertTrue(m.contains(region, GWR.adminCode, "500118"));
        assertTrue(m.contains(region, RDFS.label, m.createLiteral("永川区", "zh")));
        assertEquals("gwr", m.getNsURIPrefix(GWR.NS));
        assertEquals("id", m.getNsURIPrefix(GWR.ID));
    }

    @Test
    void observationsCarryTheirFigures() {
        Model m = mapper.map(Fixtures.yongchuan()).model();
        List<Resource> obs = m.listSubjectsWithProperty(RDF.type, GWR.Observation).toList();
        assertEquals(5, obs.size());
        Resource gdp = m.listSubjectsWithProperty(GWR.rawValue, "1234.5亿元").next();
        Literal v = gdp.getProperty(GWR.value).getLiteral();
        assertEquals(XSDDatatype.XSDdecimal.getURI(), v.getDatatypeURI());
        assertEquals("123450000000", v.getLexicalForm());
        assertEquals(GWR.level, gdp.getPropertyResourceValue(GWR.measure));
        assertEquals("CNY", gdp.getProperty(GWR.unitCode).getString());
        assertEquals("https://w3id.org/gwrkg/id/unit/", GWR.ID + "unit/");
        assertEquals(GWR.QUDT.UNIT_NS + "CCY_CNY", gdp.getPropertyResourceValue(GWR.unit).getURI());
        Resource concept = gdp.getPropertyResourceValue(GWR.indicator);
        assertEquals("https://w3id.org/gwrkg/id/indicator/gdp", concept.getURI(), "the standard concept, by notation");
        assertEquals(m.createLiteral("地区生产总值", "zh"), gdp.getProperty(GWR.indicatorText).getLiteral());
        assertTrue(m.contains(concept, RDF.type, GWR.Indicator));
        assertTrue(m.contains(concept, SKOS.inScheme, GWR.SCHEMES.indicators));
        assertFalse(m.contains(concept, SKOS.altLabel, (RDFNode) null), "the vocabulary is not copied into the report");
        assertTrue(gdp.hasProperty(RDF.type, GWR.QB.Observation));

        Resource iva = m.listSubjectsWithProperty(GWR.rawValue, "8.2%").next();
        assertEquals(GWR.ID + "indicator/industrial-value-added-above-scale",
                iva.getPropertyResourceValue(GWR.indicator).getURI(), "规上工业增加值 is 规模以上工业增加值");
        assertEquals("规上工业增加值", iva.getProperty(GWR.indicatorText).getString(), "the wording is kept");
        assertEquals(GWR.QUDT.UNIT_NS + "PERCENT", iva.getPropertyResourceValue(GWR.unit).getURI());

        Resource target = m.listSubjectsWithProperty(GWR.rawValue, "5%").next();
        assertEquals(Set.of(GWR.target, GWR.approx),
                Set.copyOf(target.listProperties(GWR.qualifier).mapWith(Statement::getResource).toList()));
        assertEquals("2024", target.getProperty(GWR.refPeriod).getString());

        Resource cars = m.listSubjectsWithProperty(GWR.rawValue, "100万辆").next();
        assertEquals("https://w3id.org/gwrkg/id/organization/长城汽车",
                cars.getPropertyResourceValue(GWR.subject).getURI());
        assertEquals(GWR.ID + "unit/vehicle", cars.getPropertyResourceValue(GWR.unit).getURI(), "QUDT has no vehicle");
        Resource wording = cars.getPropertyResourceValue(GWR.indicator);
        assertEquals(GWR.ID + "indicator-wording/整车下线", wording.getURI(), "a wording no concept has");
        assertTrue(m.contains(wording, SKOS.inScheme, GWR.SCHEMES.indicatorWordings));
        assertTrue(m.contains(wording, SKOS.prefLabel, m.createLiteral("整车下线", "zh")));
        assertTrue(m.contains(wording, RDF.type, SKOS.Concept));
    }

    @Test
    void unitCodeOutsideTheVocabularyStillGetsAUnit() {
        Extraction x = Fixtures.yongchuan();
        Metric odd = new Metric("港口吞吐量", null, Measure.LEVEL, new BigDecimal("3"), "lightyear", "3光年", Set.of(),
                Fixtures.ev("区委坚强领导"));
        Extraction y = new Extraction(x.source(), x.metadata(), x.text(), List.of(odd), x.entities(), x.relations());
        Model m = mapper.map(y).model();
        Resource obs = m.listSubjectsWithProperty(RDF.type, GWR.Observation).next();
        Resource unit = obs.getPropertyResourceValue(GWR.unit);
        assertEquals(GWR.ID + "unit/lightyear", unit.getURI());
        assertTrue(m.contains(unit, RDF.type, GWR.QUDT.Unit));
        assertTrue(m.contains(unit, SKOS.notation, "lightyear"));
        assertEquals("lightyear", obs.getProperty(GWR.unitCode).getString());
    }

    @Test
    void subjectWithoutEntityBecomesAnOrganization() {
        Extraction x = Fixtures.yongchuan();
        Metric alone = new Metric("产值", "赛力斯", Measure.LEVEL, new BigDecimal("1"), "CNY", "1元", Set.of(),
                Fixtures.ev("区委坚强领导"));
        Extraction y = new Extraction(x.source(), x.metadata(), x.text(), List.of(alone), x.entities(), x.relations());
        Model m = mapper.map(y).model();
        Resource s = m.createResource("https://w3id.org/gwrkg/id/organization/赛力斯");
        assertTrue(m.contains(s, RDF.type, GWR.Organization));
        assertTrue(s.hasProperty(GWR.evidence));
    }

    @Test
    void relationsAreDirectTriplesAndStatementsWithEvidence() {
        Model m = mapper.map(Fixtures.yongchuan()).model();
        String id = GWR.ID;
        Resource park = m.createResource(id + "project/500118/智能网联新能源汽车产业园");
        Resource centre = m.createResource(id + "project/500118/永川科技创新中心");
        Resource institute = m.createResource(id + "organization/国家铁路创新研究院");
        Resource greatWall = m.createResource(id + "organization/长城汽车");
        Resource place = m.createResource(id + "place/500118/永川");
        Resource sector = m.createResource(id + "sector/advanced-manufacturing");
        Resource title = m.createResource(id + "designation/全国文明城区");

        assertTrue(m.contains(park, GWR.status, GWR.inOperation));
        assertTrue(m.contains(centre, GWR.partner, institute), "partner points from the Project to the Organization");
        assertFalse(m.contains(institute, GWR.partner, centre));
        assertTrue(m.contains(greatWall, GWR.locatedIn, place));
        assertTrue(m.contains(park, GWR.inSector, sector));
        assertTrue(m.contains(place, GWR.awarded, title));
        assertEquals("永川科技创新中心", centre.getProperty(RDFS.label).getString(), "quotes stripped");
        assertEquals(m.createLiteral("先进制造业", "zh"), sector.getProperty(RDFS.label).getLiteral());
        assertTrue(m.contains(sector, SKOS.inScheme, GWR.SCHEMES.sectors));

        List<Resource> statements = m.listSubjectsWithProperty(RDF.type, RDF.Statement).toList();
        assertEquals(5, statements.size());
        for (Resource st : statements) {
            Resource s = st.getPropertyResourceValue(RDF.subject);
            Resource p = st.getPropertyResourceValue(RDF.predicate);
            RDFNode o = st.getProperty(RDF.object).getObject();
            assertTrue(m.contains(s, m.createProperty(p.getURI()), o), "statement without its triple: " + st);
            Resource ev = st.getPropertyResourceValue(GWR.evidence);
            assertTrue(ev.hasProperty(RDF.type, GWR.Evidence));
            assertTrue(st.getURI().startsWith(id + "statement/500118-2024/"));
        }
    }

    @Test
    void evidenceHasOffsetsAndNoDuplicateWebAnnotationTriples() {
        Model m = mapper.map(Fixtures.yongchuan()).model();
        var e = Fixtures.ev("长城汽车落户永川");
        Resource ev = m.createResource(GWR.ID + "evidence/500118-2024/" + e.start() + "-" + e.end());
        assertTrue(ev.hasProperty(RDF.type, GWR.Evidence));
        assertEquals(XSDDatatype.XSDinteger.getURI(), ev.getProperty(GWR.start).getLiteral().getDatatypeURI());
        assertEquals(e.start(), ev.getProperty(GWR.start).getInt());
        assertEquals(e.end(), ev.getProperty(GWR.end).getInt());
        assertEquals(m.createLiteral("长城汽车落户永川", "zh"), ev.getProperty(GWR.quote).getLiteral());
        assertEquals(GWR.ID + "report/500118-2024", ev.getPropertyResourceValue(GWR.report).getURI());
        assertFalse(m.contains(null, OA.exact, (RDFNode) null));
        assertFalse(m.contains(null, OA.start, (RDFNode) null));
        assertFalse(m.contains(null, RDF.type, OA.TextPositionSelector));
    }

    @Test
    void reportWithoutRegionCodeFallsBackToAHashKey() {
        Extraction x = Fixtures.yongchuan();
        ReportMetadata meta = new ReportMetadata("某县", null, null, "2025-01-10", "2024", "某县政府工作报告", null);
        Extraction y = new Extraction("mou.txt", meta, x.text(), x.metrics(), x.entities(), x.relations());
        ReportGraph g = mapper.map(y);
        assertTrue(g.graphName().matches("https://w3id.org/gwrkg/id/report/x-[0-9a-f]{12}"), g.graphName());
        assertEquals(g.graphName(), mapper.map(y).graphName());
        Model m = g.model();
        assertFalse(m.contains(null, RDF.type, GWR.Region));
        assertTrue(m.contains(m.createResource(g.graphName()), GWR.regionName, m.createLiteral("某县", "zh")));
        String key = g.graphName().substring(g.graphName().lastIndexOf('/') + 1);
        assertTrue(m.containsResource(m.createResource(GWR.ID + "organization/" + key + "/区委")));
    }

    @Test
    void entityTypesMapToClasses() {
        Model m = mapper.map(Fixtures.yongchuan()).model();
        for (EntityType t : EntityType.values()) {
            assertTrue(m.contains(null, RDF.type, GWR.of(t)), "no " + t);
        }
    }
}
