package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gwrkg.extract.EntityType;
import org.junit.jupiter.api.Test;

class IrisTest {

    private final RdfMapper mapper = new RdfMapper();

    /** Two reports of two regions, merged as the endpoint's union graph sees them. */
    private Model union() {
        Dataset ds = RdfWriter.dataset(List.of(
                mapper.map(Fixtures.report("永川区", "500118", "yongchuan-2024.txt")),
                mapper.map(Fixtures.report("黔江区", "500114", "qianjiang-2024.txt"))), false);
        assertEquals(2, org.apache.jena.atlas.iterator.Iter.toList(ds.listModelNames()).size());
        return ds.getUnionModel();
    }

    @Test
    void oneIndicatorNodeAcrossReports() {
        Model u = union();
        List<Resource> indicators = u.listSubjectsWithProperty(RDF.type, GWR.Indicator)
                .filterKeep(r -> r.hasProperty(org.apache.jena.vocabulary.SKOS.prefLabel, u.createLiteral("规模以上工业增加值", "zh")))
                .toList();
        assertEquals(1, indicators.size());
        assertEquals(2, u.listSubjectsWithProperty(GWR.indicator, indicators.get(0)).toList().size(),
                "both reports' observations point to the one indicator");
        List<Resource> wordings = u.listSubjectsWithProperty(RDF.type, GWR.Indicator)
                .filterKeep(r -> r.getURI().startsWith(GWR.ID + "indicator-wording/")).toList();
        assertEquals(List.of(u.createResource(GWR.ID + "indicator-wording/整车下线")), wordings,
                "a wording of no standard indicator is one node across reports too");
    }

    @Test
    void regionRelativeOrganisationsStayApart() {
        Model u = union();
        List<Resource> committees = u.listSubjectsWithProperty(RDFS.label, u.createLiteral("区委", "zh"))
                .filterKeep(r -> r.hasProperty(RDF.type, GWR.Organization)).toList();
        assertEquals(2, committees.size());
        assertTrue(committees.stream().anyMatch(r -> r.getURI().equals(GWR.ID + "organization/500118/区委")));
        assertTrue(committees.stream().anyMatch(r -> r.getURI().equals(GWR.ID + "organization/500114/区委")));
        // A company is one node across regions.
        assertEquals(1, u.listSubjectsWithProperty(RDFS.label, u.createLiteral("长城汽车", "zh")).toList().size());
    }

    @Test
    void oneDesignationNodeAcrossRegions() {
        Model u = union();
        List<Resource> titles = u.listSubjectsWithProperty(RDF.type, GWR.Designation).toList();
        assertEquals(1, titles.size());
        assertEquals(GWR.ID + "designation/全国文明城区", titles.get(0).getURI());
        assertEquals(2, u.listSubjectsWithProperty(GWR.awarded, titles.get(0)).toList().size(),
                "two regions' places were awarded the one title");
    }

    @Test
    void namesAreNormalisedAndOnlyForbiddenCharactersEncoded() {
        assertEquals(Iris.entity(EntityType.Project, "渝昆高铁(渝宜段)", "500118"),
                Iris.entity(EntityType.Project, "「渝昆高铁（渝宜段）」", "500118"));
        assertEquals(GWR.ID + "project/500118/渝昆高铁（渝宜段）",
                Iris.entity(EntityType.Project, " 渝昆高铁 (渝宜段)", "500118"));
        assertEquals(GWR.ID + "sector-wording/a%2Fb%23c%3Fd%25e%7Cf", Iris.entity(EntityType.Sector, "a/b#c?d%e|f", "x"));
        assertEquals(GWR.ID + "indicator-wording/PM2.5浓度（年均）", Iris.indicatorWording("“PM2.5浓度(年均)”"));
        assertEquals(GWR.ID + "indicator/gdp", Iris.indicator("gdp"));
        assertEquals(GWR.ID + "sector/finance", Iris.sector("finance"));
        assertEquals(GWR.ID + "unit/person_time", Iris.unit("person_time"));
        assertEquals(GWR.ID + "organization/中国一汽", Iris.entity(EntityType.Organization, "中国“一汽”", "1"));
        assertEquals(GWR.ID + "organization/500118/全市医保局",
                Iris.entity(EntityType.Organization, "全市医保局", "500118"));
        assertEquals(GWR.ID + "organization/500118/区人民医院",
                Iris.entity(EntityType.Organization, "区人民医院", "500118"));
        assertEquals(GWR.ID + "organization/交通运输部", Iris.entity(EntityType.Organization, "交通运输部", "500118"));
        assertNotEquals(Iris.entity(EntityType.Place, "永川", "500118"), Iris.entity(EntityType.Place, "永川", "500114"));
        assertEquals(GWR.ID + "report/500118-2024", Iris.report(Iris.reportKey("500118", "2024", "a", "b")));
        assertTrue(Iris.reportKey(null, "2024", "a.txt", "正文").matches("x-[0-9a-f]{12}"));
        assertNotEquals(Iris.reportKey(null, "2024", "a.txt", "正文"), Iris.reportKey(null, "2024", "b.txt", "正文"));
    }

    @Test
    void everyMintedIriParses() {
        Model m = mapper.map(Fixtures.yongchuan()).model();
        m.listSubjects().forEachRemaining(r -> {
            org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(r.getURI());
            assertTrue(iri.isAbsolute(), r.getURI());
        });
    }
}
