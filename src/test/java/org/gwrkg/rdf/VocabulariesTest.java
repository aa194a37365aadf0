package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.gwrkg.extract.Lexicons;
import org.junit.jupiter.api.Test;

/** The vocabularies of {@code ontology/}: indicators, sectors (with GB/T 4754 and the emerging industries) and units. */
class VocabulariesTest {

    private static final String SECTORS_TSV = "/org/gwrkg/extract/entity/sectors.tsv";
    private static final String UNITS_TSV = "/org/gwrkg/extract/metric/units.tsv";

    private final Model indicators = Ontology.indicators();
    private final Model sectors = Ontology.sectors();
    private final Model units = Ontology.units();

    private static List<Resource> inScheme(Model m, Resource scheme) {
        return m.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
    }

    private static List<String> labels(Model m, Resource r, Property p, String lang) {
        return m.listObjectsOfProperty(r, p).toList().stream().map(RDFNode::asLiteral)
                .filter(l -> lang == null || l.getLanguage().equals(lang)).map(l -> l.getLexicalForm()).toList();
    }

    private static String notation(Model m, Resource r) {
        List<RDFNode> n = m.listObjectsOfProperty(r, SKOS.notation).toList();
        assertEquals(1, n.size(), "one skos:notation on " + r);
        return n.get(0).asLiteral().getLexicalForm();
    }

    // ------------------------------------------------------------------ shared checks of a scheme

    /** Every concept: typed, zh and en preferred labels, one notation, unique notations; returns notation → concept. */
    private static Map<String, Resource> checkScheme(Model m, Resource scheme, Resource type) {
        assertTrue(m.contains(scheme, RDF.type, SKOS.ConceptScheme), scheme + " is a skos:ConceptScheme");
        Map<String, Resource> byNotation = new HashMap<>();
        for (Resource c : inScheme(m, scheme)) {
            assertTrue(m.contains(c, RDF.type, type), c + " is a " + type);
            assertTrue(m.contains(c, RDF.type, SKOS.Concept), c + " is a skos:Concept");
            assertEquals(1, labels(m, c, SKOS.prefLabel, "zh").size(), "one prefLabel@zh on " + c);
            assertEquals(1, labels(m, c, SKOS.prefLabel, "en").size(), "one prefLabel@en on " + c);
            Resource previous = byNotation.put(notation(m, c), c);
            assertEquals(null, previous, "notation " + notation(m, c) + " is used twice");
            boolean top = m.contains(c, SKOS.topConceptOf, scheme);
            assertEquals(top, m.contains(scheme, SKOS.hasTopConcept, c), "hasTopConcept and topConceptOf agree on " + c);
            assertEquals(!top, m.contains(c, SKOS.broader, (RDFNode) null), c + " is either a top concept or narrower");
            for (RDFNode b : m.listObjectsOfProperty(c, SKOS.broader).toList()) {
                assertTrue(m.contains(b.asResource(), SKOS.inScheme, scheme), "broader of " + c + " is in the scheme");
            }
        }
        return byNotation;
    }

    /** No label (preferred or alternative) belongs to two concepts of a scheme, compared as the matcher compares. */
    private static void labelsAreUnique(Model m, Resource scheme) {
        Map<String, Resource> owner = new HashMap<>();
        for (Resource c : inScheme(m, scheme)) {
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (String l : labels(m, c, p, null)) {
                    Resource o = owner.putIfAbsent(ConceptMatcher.key(l), c);
                    assertTrue(o == null || o.equals(c), "label " + l + " of " + c + " is also a label of " + o);
                }
            }
        }
    }

    @Test
    void noBlankNodesInAnyVocabulary() {
        for (Model m : List.of(indicators, sectors, units)) {
            m.listStatements().forEachRemaining(s ->
                    assertFalse(s.getSubject().isAnon() || s.getObject().isAnon(), () -> "blank node: " + s));
        }
    }

    // ------------------------------------------------------------------ indicators

    @Test
    void indicatorsAreAConceptSchemeOfAtLeastSixty() {
        Map<String, Resource> byNotation = checkScheme(indicators, GWR.SCHEMES.indicators, GWR.Indicator);
        assertTrue(byNotation.size() >= 60, "at least 60 indicators, found " + byNotation.size());
        byNotation.forEach((n, c) -> {
            assertTrue(n.matches("[a-z0-9]+(-[a-z0-9]+)*"), "notation " + n + " is lowercase words joined by hyphens");
            assertEquals(Iris.indicator(n), c.getURI(), "the IRI of an indicator is id/indicator/{notation}");
        });
        labelsAreUnique(indicators, GWR.SCHEMES.indicators);
        assertTrue(indicators.contains(GWR.SCHEMES.indicatorWordings, RDF.type, SKOS.ConceptScheme));
        assertTrue(inScheme(indicators, GWR.SCHEMES.indicatorWordings).isEmpty(), "wordings live in report graphs");
    }

    @Test
    void theIndicatorsReportsStateMostAreThere() {
        ConceptMatcher m = ConceptMatcher.indicators();
        for (String i : List.of("地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入",
                "居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入", "进出口总额", "实际使用外资",
                "城镇新增就业", "城镇调查失业率", "研发投入强度", "粮食产量", "空气质量优良天数", "工业投资",
                "招商引资到位资金", "签约项目", "游客接待量", "旅游综合收入", "税收收入", "高新技术企业", "专精特新企业",
                "常住人口", "城镇化率", "金融机构存款余额", "金融机构贷款余额")) {
            assertTrue(m.standard(i).isPresent(), i + " is a standard indicator");
            assertEquals(i, m.standard(i).get().label(), i + " is a preferred label");
        }
    }

    @Test
    void indicatorBroaderLinksPartsToWholes() {
        Resource urban = indicators.createResource(Iris.indicator("disposable-income-urban"));
        assertTrue(indicators.contains(urban, SKOS.broader, indicators.createResource(Iris.indicator("disposable-income"))));
        Resource industrial = indicators.createResource(Iris.indicator("industrial-investment"));
        assertTrue(indicators.contains(industrial, SKOS.broader, indicators.createResource(Iris.indicator("fixed-asset-investment"))));
    }

    // ------------------------------------------------------------------ sectors

    private Map<String, Resource> sections() {
        return checkScheme(sectors, GWR.SCHEMES.gbt4754, SKOS.Concept);
    }

    @Test
    void gbt4754HasTheTwentySections() {
        Map<String, Resource> sections = sections();
        assertEquals(new TreeSet<>(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
                "P", "Q", "R", "S", "T")), new TreeSet<>(sections.keySet()));
        assertEquals(List.of("金融业"), labels(sectors, sections.get("J"), SKOS.prefLabel, "zh"));
        assertEquals(List.of("制造业"), labels(sectors, sections.get("C"), SKOS.prefLabel, "zh"));
        sections.forEach((n, c) -> assertEquals(GWR.ID + "gbt4754-2017/" + n, c.getURI()));
        Map<String, Resource> sei = checkScheme(sectors, GWR.SCHEMES.sei, SKOS.Concept);
        assertEquals(9, sei.size(), "nine strategic emerging industries");
        assertEquals(List.of("新能源汽车产业"), labels(sectors, sei.get("5"), SKOS.prefLabel, "zh"));
        sei.forEach((n, c) -> assertEquals(GWR.ID + "sei-2018/" + n, c.getURI()));
    }

    /** The one GB/T 4754-2017 section a sector is linked to, by its letter. */
    private String sectionOf(Resource sector) {
        List<String> letters = new ArrayList<>();
        for (Property p : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch)) {
            for (RDFNode o : sectors.listObjectsOfProperty(sector, p).toList()) {
                if (sectors.contains(o.asResource(), SKOS.inScheme, GWR.SCHEMES.gbt4754)) {
                    letters.add(notation(sectors, o.asResource()));
                }
            }
        }
        assertEquals(1, letters.size(), sector + " is linked to exactly one section: " + letters);
        return letters.get(0);
    }

    private boolean linkedToAnEmergingIndustry(Resource sector) {
        for (Property p : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.relatedMatch)) {
            for (RDFNode o : sectors.listObjectsOfProperty(sector, p).toList()) {
                if (sectors.contains(o.asResource(), SKOS.inScheme, GWR.SCHEMES.sei)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void sectorsAreAConceptSchemeLinkedToTheSections() {
        Map<String, Resource> byNotation = checkScheme(sectors, GWR.SCHEMES.sectors, GWR.Sector);
        assertTrue(byNotation.size() >= 40, "about 40 sectors or more, found " + byNotation.size());
        labelsAreUnique(sectors, GWR.SCHEMES.sectors);
        byNotation.forEach((n, c) -> {
            assertEquals(Iris.sector(n), c.getURI(), "the IRI of a sector is id/sector/{notation}");
            sectionOf(c);
        });
        assertEquals("J", sectionOf(sectors.createResource(Iris.sector("finance"))));
        assertTrue(sectors.contains(sectors.createResource(Iris.sector("finance")), SKOS.exactMatch,
                sectors.createResource(GWR.ID + "gbt4754-2017/J")), "金融业 is section J itself");
        assertTrue(sectors.contains(sectors.createResource(Iris.sector("new-materials")), SKOS.closeMatch,
                sectors.createResource(GWR.ID + "sei-2018/3")), "新材料 is the emerging industry 新材料产业");
    }

    /** One source of truth with the extractor: each sector it finds has a concept here with the same section. */
    @Test
    void everySectorOfTheExtractorHasAConceptWithTheSameSection() {
        ConceptMatcher matcher = ConceptMatcher.sectors();
        List<String> problems = new ArrayList<>();
        for (String[] row : Lexicons.tsv(SECTORS_TSV)) {
            String name = row[0].strip();
            var concept = matcher.standard(name);
            if (concept.isEmpty()) {
                problems.add(name + ": no concept in sectors.ttl has it as a label");
                continue;
            }
            Resource c = sectors.createResource(concept.get().iri());
            if (!labels(sectors, c, SKOS.prefLabel, null).contains(name) && !labels(sectors, c, SKOS.altLabel, null).contains(name)) {
                problems.add(name + ": matched " + c + " only after removing an affix; add it as a label");
            }
            String section = sectionOf(c);
            if (!section.equals(row[1].strip())) {
                problems.add(name + ": section " + row[1].strip() + " in sectors.tsv, " + section + " in sectors.ttl");
            }
            if (row.length > 2 && row[2].contains("strategic emerging") && !linkedToAnEmergingIndustry(c)) {
                problems.add(name + ": strategic emerging in sectors.tsv, linked to none in sectors.ttl");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ------------------------------------------------------------------ units

    @Test
    void everyUnitCodeOfTheExtractorHasAUnit() {
        UnitVocabulary vocabulary = new UnitVocabulary(units);
        Set<String> codes = new TreeSet<>();
        Lexicons.tsv(UNITS_TSV).forEach(r -> codes.add(r[1].strip()));
        assertTrue(codes.size() > 15);
        for (String code : codes) {
            assertTrue(vocabulary.known(code).isPresent(), "unit code " + code + " of units.tsv is not in units.ttl");
        }
    }

    @Test
    void unitsAreQudtWhereQudtHasThem() {
        UnitVocabulary v = new UnitVocabulary(units);
        String qudt = GWR.QUDT.UNIT_NS;
        Map<String, String> expected = Map.ofEntries(
                Map.entry("percent", qudt + "PERCENT"), Map.entry("CNY", qudt + "CCY_CNY"),
                Map.entry("USD", qudt + "CCY_USD"), Map.entry("km", qudt + "KiloM"), Map.entry("m2", qudt + "M2"),
                Map.entry("m3", qudt + "M3"), Map.entry("tonne", qudt + "TONNE"), Map.entry("kW", qudt + "KiloW"),
                Map.entry("day", qudt + "DAY"), Map.entry("count", qudt + "NUM"),
                Map.entry("mu", GWR.ID + "unit/mu"), Map.entry("jin", GWR.ID + "unit/jin"),
                Map.entry("person_time", GWR.ID + "unit/person_time"), Map.entry("TEU", GWR.ID + "unit/TEU"),
                Map.entry("percentage_point", GWR.ID + "unit/percentage_point"), Map.entry("person", GWR.ID + "unit/person"));
        expected.forEach((code, iri) -> assertEquals(iri, v.iri(code), code));
        assertEquals(GWR.ID + "unit/furlong", v.iri("furlong"), "an unknown code still gets an IRI");
        assertTrue(v.known("furlong").isEmpty());
        Set<String> iris = new HashSet<>(v.codes().values());
        assertEquals(v.codes().size(), iris.size(), "one code per unit");
    }

    @Test
    void everyUnitHasLabelsAQuantityKindAndOursAConversion() {
        for (Resource u : units.listSubjectsWithProperty(RDF.type, GWR.QUDT.Unit).toList()) {
            assertEquals(1, labels(units, u, SKOS.prefLabel, "zh").size(), "prefLabel@zh of " + u);
            assertEquals(1, labels(units, u, SKOS.prefLabel, "en").size(), "prefLabel@en of " + u);
            notation(units, u);
            assertTrue(units.contains(u, GWR.QUDT.hasQuantityKind), "quantity kind of " + u);
            boolean ours = u.getURI().startsWith(GWR.ID + "unit/");
            assertTrue(ours || u.getURI().startsWith(GWR.QUDT.UNIT_NS), u.getURI());
            if (ours) {
                assertEquals(Iris.unit(notation(units, u)), u.getURI(), "our units are id/unit/{code}");
                boolean teu = u.getURI().endsWith("/TEU");
                assertEquals(!teu, units.contains(u, GWR.QUDT.conversionMultiplier),
                        "a conversion factor on every unit of ours but TEU: " + u);
            } else {
                assertTrue(units.contains(u, GWR.QUDT.conversionMultiplier), "QUDT's multiplier restated on " + u);
            }
        }
    }

    private BigDecimal multiplier(String iri) {
        Resource u = units.createResource(iri);
        RDFNode m = units.getProperty(u, GWR.QUDT.conversionMultiplier).getObject();
        return new BigDecimal(m.asLiteral().getLexicalForm());
    }

    private Resource scalingOf(String iri) {
        return units.createResource(iri).getPropertyResourceValue(GWR.QUDT.scalingOf);
    }

    @Test
    void conversionFactorsAreRight() {
        String q = GWR.QUDT.UNIT_NS;
        // 15 mu make a hectare.
        BigDecimal fifteenMu = multiplier(Iris.unit("mu")).multiply(BigDecimal.valueOf(15));
        assertEquals(0, fifteenMu.setScale(6, java.math.RoundingMode.HALF_UP)
                .compareTo(multiplier(q + "HA").setScale(6, java.math.RoundingMode.HALF_UP)), "15 亩 = 1 公顷: " + fifteenMu);
        assertEquals(q + "M2", scalingOf(Iris.unit("mu")).getURI());
        // Two jin make a kilogram.
        assertEquals(0, multiplier(Iris.unit("jin")).multiply(BigDecimal.valueOf(2)).compareTo(multiplier(q + "KiloGM")));
        assertEquals(q + "KiloGM", scalingOf(Iris.unit("jin")).getURI());
        assertEquals(0, new BigDecimal("1000").compareTo(multiplier(q + "TONNE")));
        assertEquals(0, new BigDecimal("1000").compareTo(multiplier(q + "KiloM")));
        assertEquals(0, new BigDecimal("0.01").compareTo(multiplier(q + "PERCENT")));
        assertEquals(0, multiplier(q + "PERCENT").compareTo(multiplier(Iris.unit("percentage_point"))));
        assertEquals(0, BigDecimal.ONE.compareTo(multiplier(Iris.unit("person_time"))));
        assertNotNull(scalingOf(Iris.unit("person")));
    }

    @Test
    void unitWordsOfTheExtractorAreAltLabels() {
        // Written forms with factor 1 name the unit itself (万 and 亿 are magnitudes, not units).
        UnitVocabulary v = new UnitVocabulary(units);
        for (String[] row : Lexicons.tsv(UNITS_TSV)) {
            if (!row[2].strip().equals("1") || row[3].strip().equals("classifier")) {
                continue;
            }
            Resource u = units.createResource(v.iri(row[1].strip()));
            List<String> words = new ArrayList<>(labels(units, u, SKOS.prefLabel, "zh"));
            words.addAll(labels(units, u, SKOS.altLabel, "zh"));
            assertTrue(words.contains(row[0].strip()), row[0] + " is a label of " + u + ": " + words);
        }
    }
}
