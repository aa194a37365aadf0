package org.gwrkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityMention;
import org.gwrkg.extract.EntityType;
import org.gwrkg.structure.Sentence;
import org.junit.jupiter.api.Test;

/** One entity per thing within a report, and the report's region, on mentions made up for the test. */
class EntityResolverTest {

    /** A report of one sentence per entry, each naming the given mentions ("Type name"). */
    private static EntityResolver.Resolution resolve(String region, String text, String... mentions) {
        List<Sentence> sentences = new ArrayList<>();
        List<List<EntityMention>> perSentence = new ArrayList<>();
        for (int i = 0; i < mentions.length; i++) {
            sentences.add(new Sentence(i, i, i + 1, "。", 0));
            String[] m = mentions[i].split(" ", 2);
            perSentence.add(List.of(new EntityMention(m[1], EntityType.valueOf(m[0]), i, i + 1, i)));
        }
        return EntityResolver.resolve(sentences, perSentence, region, text);
    }

    private static List<String> names(EntityResolver.Resolution r) {
        return r.entities().stream().map(e -> e.type() + " " + e.name()).toList();
    }

    @Test
    void placeWithAndWithoutItsLevelIsOneEntityInEitherOrder() {
        assertEquals(List.of("Place 甲乙市"), names(resolve(null, "", "Place 甲乙", "Place 甲乙市")));
        assertEquals(List.of("Place 甲乙市"), names(resolve(null, "", "Place 甲乙市", "Place 甲乙")));
    }

    @Test
    void shortFormAfterLongFormIsTheSameEntity() {
        EntityResolver.Resolution r = resolve(null, "", "Organization 丙辛省丁戊己股份有限公司", "Organization 丁戊己",
                "Project 庚辛会展中心（二期）", "Project 庚辛会展中心");
        assertEquals(List.of("Organization 丙辛省丁戊己股份有限公司", "Project 庚辛会展中心（二期）"), names(r));
        assertEquals("丙辛省丁戊己股份有限公司", r.byKey().get(EntityResolver.key(EntityType.Organization, "丁戊己")).name());
    }

    @Test
    void aLongFormAfterAShortOneIsAnotherThing() {
        assertEquals(List.of("Project 庚辛会展中心", "Project 庚辛会展中心（二期）"),
                names(resolve(null, "", "Project 庚辛会展中心", "Project 庚辛会展中心（二期）")));
    }

    @Test
    void theSameNameOfTwoTypesIsTwoEntities() {
        assertEquals(2, resolve(null, "", "Place 壬癸", "Organization 壬癸").entities().size());
    }

    @Test
    void theRegionOfTheMetadataNamesTheRegionEntity() {
        EntityResolver.Resolution r = resolve("甲乙区", "", "Place 甲乙", "Place 丙丁");
        assertEquals("甲乙区", r.region().name());
        assertEquals(List.of("Place 甲乙区", "Place 丙丁"), names(r));
    }

    @Test
    void withoutMetadataTheRegionIsThePlaceAtTheLevelTheReportSpeaksOf() {
        String text = "全县上下团结奋斗，在县委领导下，县政府…全市第一…全市第二";
        Entity region = resolve(null, text, "Place 甲乙市", "Place 丙丁县").region();
        assertEquals("丙丁县", region.name());
    }

    @Test
    void withoutMetadataOrLevelTheRegionIsThePlaceNamedMostOften() {
        assertEquals("甲乙", resolve(null, "", "Place 丙丁", "Place 甲乙", "Place 甲乙").region().name());
        assertNull(resolve(null, "", "Place 丙丁", "Place 甲乙").region());
    }
}
