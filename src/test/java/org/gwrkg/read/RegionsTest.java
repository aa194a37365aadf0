package org.gwrkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionsTest {

    private final Regions regions = Regions.standard();
    private final HeaderMetadataParser header = new HeaderMetadataParser();

    @Test
    void tableCoversEveryLevelAndEveryParentExists() {
        List<Region> all = regions.all();
        Map<Integer, Long> perLevel = all.stream().collect(Collectors.groupingBy(Region::level, Collectors.counting()));
        assertTrue(perLevel.get(Region.PROVINCE) >= 31, "31 mainland provinces at least: " + perLevel);
        assertTrue(perLevel.get(Region.PREFECTURE) >= 300, perLevel.toString());
        assertTrue(perLevel.get(Region.COUNTY) >= 2800, perLevel.toString());
        for (Region r : all) {
            assertTrue(r.code().matches("\\d{6}"), r.toString());
            if (r.level() == Region.PROVINCE) {
                assertNull(r.parentCode(), r.toString());
            } else {
                Region parent = regions.byCode(r.parentCode()).orElse(null);
                assertNotNull(parent, "parent of " + r);
                assertTrue(parent.level() < r.level(), r + " under " + parent);
                assertEquals(r.code().substring(0, 2), parent.code().substring(0, 2), "same province: " + r);
            }
        }
    }

    @Test
    void namesResolveWithinTheUnitAboveThem() {
        assertEquals("440307", code("龙岗区", "深圳市"));
        assertEquals("440307", code("龙岗区", "广东省深圳市"));
        assertEquals("500118", code("永川区", "重庆市"));
        assertEquals("500118", code("永川区", "重庆"), "a unit named without its suffix");
        assertEquals("410425", code("郏县", "河南省"), "a grandparent will do");
        assertEquals("410425", code("郏县", null), "a unique name needs no parent");
        assertEquals("510781", code("江油市", null));
        assertEquals("510700", code("绵阳市", "四川省"), "prefecture level");
        assertEquals("500000", code("重庆市", null), "province level");
    }

    @Test
    void repeatedOrContradictedNamesResolveToNothing() {
        assertNull(code("朝阳区", null), "北京市 and 长春市 both have a 朝阳区");
        assertEquals("110105", code("朝阳区", "北京市"));
        assertEquals("220104", code("朝阳区", "长春市"));
        assertNull(code("龙岗区", "河南省"), "the name is unique but not in that province");
        assertNull(code("青溪县", null), "made-up names stay unresolved");
    }

    @Test
    void wikidataFormDropsTrailingZeroPairs() {
        assertEquals("50 01 18", region("500118").wikidataCode());
        assertEquals("44 03", region("440300").wikidataCode());
        assertEquals("50", region("500000").wikidataCode());
        assertEquals("11 01 05", region("110105").wikidataCode());
    }

    @Test
    void ancestorsRunUpToTheProvince() {
        assertEquals(List.of("深圳市", "广东省"), names(regions.ancestors(region("440307"))));
        assertEquals(List.of("重庆市"), names(regions.ancestors(region("500118"))), "municipality districts sit under it");
        assertEquals(List.of("湖北省"), names(regions.ancestors(region("429004"))), "仙桃市 is governed by the province");
    }

    @Test
    void headersResolveToTheirRegionsCode() {
        assertEquals("500118", completed("重庆市永川区人民政府工作报告").regionCode());
        ReportMetadata longgang = completed("深圳市龙岗区人民政府工作报告");
        assertEquals("440307", longgang.regionCode());
        assertEquals("深圳市", longgang.parent());
        assertEquals("410425", completed("郏县人民政府工作报告").regionCode(), "…县人民政府工作报告 alone");
        ReportMetadata speakerOnly = completed("政府工作报告\n——2024年1月5日在北京市朝阳区第十六届人民代表大会第三次会议上\n");
        assertEquals("110105", speakerOnly.regionCode(), "the congress line names the region: " + speakerOnly);
    }

    @Test
    void aGivenCodeWinsAndNamesItsRegion() {
        ReportMetadata fromHeader = header.parse("重庆市永川区人民政府工作报告");
        ReportMetadata given = fromHeader.overriddenBy(new ReportMetadata(null, "440307", null, null, null, null, null));
        assertEquals("440307", regions.complete(given).regionCode(), "sidecar or command line over the header");
        ReportMetadata codeOnly = regions.complete(new ReportMetadata(null, "510781", null, null, "2024", null, null));
        assertEquals("江油市", codeOnly.region());
        assertEquals("绵阳市", codeOnly.parent());
        assertEquals("2024", codeOnly.period());
        ReportMetadata unknown = regions.complete(new ReportMetadata("青溪县", "999999", null, null, null, null, null));
        assertEquals("999999", unknown.regionCode(), "a code the table lacks is kept");
        assertEquals("青溪县", unknown.region());
    }

    @Test
    void readerFillsTheCodeOfAReportWithoutSidecar(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, """
                四川省江油市人民政府工作报告
                ——2025年1月8日在江油市第十九届人民代表大会第五次会议上
                一、2024年工作回顾
                过去一年，全市上下坚持稳中求进工作总基调，经济运行持续向好，地区生产总值增长6.1%，
                固定资产投资完成210亿元，城乡居民收入稳步提高，各项社会事业取得新进步。
                """);
        ReportMetadata m = new ReportReader().read(file, null).metadata();
        assertEquals("510781", m.regionCode());
        assertEquals("江油市", m.region());
        assertEquals("四川省", m.parent(), "the header's parent is kept over the table's 绵阳市");
    }

    private String code(String name, String within) {
        Optional<Region> r = regions.resolve(name, within);
        return r.map(Region::code).orElse(null);
    }

    private Region region(String code) {
        return regions.byCode(code).orElseThrow();
    }

    private ReportMetadata completed(String headerText) {
        return regions.complete(header.parse(headerText));
    }

    private static List<String> names(List<Region> rs) {
        return rs.stream().map(Region::name).toList();
    }
}
