package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gwrkg.read.Region;
import org.gwrkg.read.Regions;
import org.junit.jupiter.api.Test;

class RegionGraphTest {

    /** The whole table, to check every row. */
    private static final Model REGIONS = RegionGraph.model(Regions.standard().all().stream().map(Region::code).toList());

    @Test
    void districtLinksToCityAndProvinceWithCodesInEveryForm() {
        Resource longgang = REGIONS.createResource(Iris.region("440307"));
        assertEquals("440307", longgang.getProperty(GWR.adminCode).getString());
        assertEquals("440307", longgang.getProperty(SKOS.notation).getString());
        assertEquals("44 03 07", longgang.getProperty(GWR.wikidataCode).getString());
        assertEquals("龙岗区", longgang.getProperty(RDFS.label).getString());
        assertEquals("zh", longgang.getProperty(RDFS.label).getLanguage());
        assertEquals(3, longgang.getProperty(GWR.adminLevel).getInt());
        Resource shenzhen = longgang.getPropertyResourceValue(GWR.partOf);
        assertEquals(Iris.region("440300"), shenzhen.getURI());
        assertEquals(Iris.region("440000"), shenzhen.getPropertyResourceValue(GWR.partOf).getURI());
        assertEquals(null, REGIONS.createResource(Iris.region("440000")).getPropertyResourceValue(GWR.partOf),
                "a province is part of nothing in the table");
        assertEquals(Iris.region("500000"),
                REGIONS.createResource(Iris.region("500118")).getPropertyResourceValue(GWR.partOf).getURI());
    }

    @Test
    void aReportBringsItsRegionAndTheUnitsAboveIt() {
        Model report = ModelFactory.createDefaultModel();
        report.createResource(Iris.region("440307")).addProperty(RDF.type, GWR.Region).addProperty(GWR.adminCode, "440307");
        Model regions = RegionGraph.of(new ReportGraph(Iris.report("440307-2024"), report));
        assertEquals(Set.of(Iris.region("440307"), Iris.region("440300"), Iris.region("440000")),
                regions.listSubjectsWithProperty(RDF.type, GWR.Region).mapWith(Resource::getURI).toSet());
        Model unknown = ModelFactory.createDefaultModel();
        unknown.createResource(Iris.region("999999")).addProperty(RDF.type, GWR.Region).addProperty(GWR.adminCode, "999999");
        assertTrue(RegionGraph.of(new ReportGraph(Iris.report("999999-2024"), unknown)).isEmpty(),
                "a code the table lacks adds nothing");
    }

    @Test
    void everyLinkEndsAtARegionOfTheGraph() {
        long regions = REGIONS.listSubjectsWithProperty(RDF.type, GWR.Region).toList().size();
        assertTrue(regions > 3000, "regions: " + regions);
        REGIONS.listObjectsOfProperty(GWR.partOf).forEachRemaining(o ->
                assertTrue(REGIONS.contains(o.asResource(), RDF.type, GWR.Region), "dangling gwr:partOf " + o));
    }

    @Test
    void regionsPassTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), REGIONS.getGraph());
        assertTrue(report.conforms(), () -> {
            StringBuilder b = new StringBuilder();
            report.getEntries().stream().limit(5).forEach(e -> b.append(e).append('\n'));
            return b.toString();
        });
    }
}
