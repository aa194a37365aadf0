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
