package org.gwrkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.gwrkg.Pipeline;
import org.gwrkg.read.ReportMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Entities and relations of a short report written for this test (a made-up passage in the
 * style of a county-level report, no real figures), read through the whole pipeline.
 */
class EntityRelationTest {
    private static Extraction x;

    @BeforeAll
    static void extract() throws URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(EntityRelationTest.class.getResource("/reports/jiangyou-synthetic.txt")).toURI());
        x = new Pipeline().extract(file, ReportMetadata.EMPTY);
    }

    private static boolean hasEntity(EntityType type, String name) {
        return x.entities().stream().anyMatch(e -> e.type() == type && e.name().equals(name));
    }

    private static boolean hasRelation(RelationType type, String from, String target) {
        return x.relations().stream().anyMatch(r -> r.type() == type && r.from().name().equals(from) && r.target().equals(target));
    }

    @ParameterizedTest
    @CsvSource({
        "Project, 西南精密铸造产业园",
        "Project, 锂电池正极材料生产线",
        "Project, 江油新材料产业园",
        "Project, 城北污水处理厂",
        "Project, 智能家电研发制造基地",
        "Organization, 长虹控股",
        "Organization, 国家材料试验研究中心",
        "Sector, 先进制造业",
        "Place, 江油市",
        "Designation, 国家级电子商务进农村综合示范县",
        "Designation, 中国李白文化之乡"
    })
    void findsEntity(EntityType type, String name) {
        assertTrue(hasEntity(type, name), () -> type + " " + name + " in " + x.entities());
    }

    @Test
    void genericPhrasesAreNotNames() {
        assertFalse(x.entities().stream().anyMatch(e -> e.name().equals("重点项目")), x.entities()::toString);
    }

    @ParameterizedTest
    @CsvSource({
        "STATUS, 西南精密铸造产业园, signed",
        "STATUS, 城北污水处理厂, in_operation",
        "PARTNER, 长虹控股, 智能家电研发制造基地",
        "LOCATED_IN, 国家材料试验研究中心, 江油市",
        "AWARDED, 江油市, 国家级电子商务进农村综合示范县",
        "AWARDED, 江油市, 中国李白文化之乡",
        "IN_SECTOR, 江油新材料产业园, 先进制造业"
    })
    void findsRelation(RelationType type, String from, String target) {
        assertTrue(hasRelation(type, from, target), () -> type + " " + from + " " + target + " in " + x.relations());
    }

    @Test
    void headerGivesTheRegion() {
        assertTrue("江油市".equals(x.metadata().region()) && "2024".equals(x.metadata().period()), x.metadata()::toString);
    }
}
