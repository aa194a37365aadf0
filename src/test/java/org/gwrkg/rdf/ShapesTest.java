package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private final RdfMapper mapper = new RdfMapper();

    private static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(Ontology.shapes(), data.getGraph());
    }

    private static String describe(ValidationReport r) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ShLib.printReport(b, r);
        return b.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Model mappedWithOntology() {
        Model data = ModelFactory.createDefaultModel();
        data.add(mapper.map(Fixtures.yongchuan()).model());
        data.add(Ontology.ontology());
        return data;
    }

    @Test
    void mappedGraphConforms() {
        ValidationReport r = validate(mappedWithOntology());
        assertTrue(r.conforms(), () -> describe(r));
        assertEquals(0, r.getEntries().size());
        ValidationReport alone = validate(mapper.map(Fixtures.yongchuan()).model());
        assertTrue(alone.conforms(), () -> describe(alone));
        Model withVocabularies = ModelFactory.createDefaultModel().add(mapper.map(Fixtures.yongchuan()).model())
                .add(Ontology.all());
        ValidationReport all = validate(withVocabularies);
        assertTrue(all.conforms(), () -> describe(all));
    }

    @Test
    void theVocabulariesAloneConform() {
        ValidationReport r = validate(Ontology.all());
        assertTrue(r.conforms(), () -> describe(r));
    }

    @Test
    void observationWithoutUnitOrWithTwoFails() {
        Model data = mappedWithOntology();
        List<Resource> obs = data.listSubjectsWithProperty(RDF.type, GWR.Observation).toList();
        obs.get(0).removeAll(GWR.unit);
        obs.get(1).addProperty(GWR.unit, data.createResource(GWR.QUDT.UNIT_NS + "KiloM"));
        obs.get(2).removeAll(GWR.unit).addProperty(GWR.unit, "percent");
        ValidationReport r = validate(data);
        for (Resource o : obs.subList(0, 3)) {
            assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(o.asNode())), () -> o + "\n" + describe(r));
        }
    }

    @Test
    void sectorOutsideTheSchemeNeedsEvidenceAndIndicatorsAScheme() {
        Model data = mappedWithOntology();
        data.add(Ontology.sectors());
        Resource named = data.createResource(Iris.sectorWording("元宇宙"))
                .addProperty(RDF.type, GWR.Sector)
                .addProperty(org.apache.jena.vocabulary.SKOS.inScheme, GWR.SCHEMES.sectorWordings)
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "元宇宙", "zh");
        Resource standard = data.createResource(Iris.sector("finance"));
        Resource indicator = data.listObjectsOfProperty(GWR.indicator).next().asResource();
        indicator.removeAll(org.apache.jena.vocabulary.SKOS.inScheme);
        ValidationReport r = validate(data);
        assertFalse(r.conforms());
        assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(named.asNode())), () -> describe(r));
        assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(indicator.asNode())), () -> describe(r));
        assertTrue(r.getEntries().stream().noneMatch(e -> e.focusNode().equals(standard.asNode())),
                "a sector of the scheme needs no evidence: " + describe(r));
    }

    @Test
    void twoReportsTogetherConform() {
        Model data = RdfWriter.dataset(List.of(
                mapper.map(Fixtures.report("永川区", "500118", "a.txt")),
                mapper.map(Fixtures.report("黔江区", "500114", "b.txt"))), true).getUnionModel();
        ValidationReport r = validate(data);
        assertTrue(r.conforms(), () -> describe(r));
    }

    @Test
    void observationWithoutIndicatorFails() {
        Model data = mappedWithOntology();
        Resource obs = data.listSubjectsWithProperty(RDF.type, GWR.Observation).next();
        obs.removeAll(GWR.indicator);
        ValidationReport r = validate(data);
        assertFalse(r.conforms());
        assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(obs.asNode())), () -> describe(r));
    }

    @Test
    void evidenceWithAStringStartFails() {
        Model data = mappedWithOntology();
        Resource ev = data.listSubjectsWithProperty(RDF.type, GWR.Evidence).next();
        ev.removeAll(GWR.start);
        ev.addProperty(GWR.start, "12");
        ValidationReport r = validate(data);
        assertFalse(r.conforms());
        assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(ev.asNode())), () -> describe(r));
    }

    @Test
    void wrongCodesAndTargetsFail() {
        Model data = mappedWithOntology();
        Resource obs = data.listSubjectsWithProperty(RDF.type, GWR.Observation).next();
        obs.removeAll(GWR.measure).addProperty(GWR.measure, GWR.approx);
        Resource project = data.listSubjectsWithProperty(RDF.type, GWR.Project).next();
        project.addProperty(GWR.status, GWR.level);
        Resource organisation = data.listSubjectsWithProperty(RDF.type, GWR.Organization).next();
        organisation.addProperty(GWR.locatedIn, project);
        Resource region = data.listSubjectsWithProperty(RDF.type, GWR.Region).next();
        region.removeAll(GWR.adminCode).addProperty(GWR.adminCode, "50011");
        Resource sector = data.listSubjectsWithProperty(RDF.type, GWR.Sector).next();
        sector.addProperty(org.apache.jena.vocabulary.RDFS.label, "第二个名字", "zh");
        ValidationReport r = validate(data);
        assertFalse(r.conforms());
        for (Resource focus : List.of(obs, project, organisation, region, sector)) {
            assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(focus.asNode())),
                    () -> "no result for " + focus + "\n" + describe(r));
        }
    }
}
