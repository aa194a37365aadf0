package org.gwrkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class HeaderMetadataParserTest {

    private final HeaderMetadataParser parser = new HeaderMetadataParser();
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void seedHeader() throws Exception {
        String text = normalizer.normalize(Files.readString(Seed.REPORT, StandardCharsets.UTF_8));
        ReportMetadata m = parser.parse(text);
        assertEquals("永川区", m.region());
        assertEquals("重庆市", m.parent());
        assertEquals("2025-01-13", m.date());
        assertEquals("2024", m.period());
        assertEquals("重庆市永川区人民政府工作报告", m.title());
        assertTrue(m.speaker().contains("常晓勇"), m.speaker());
        assertNull(m.regionCode());
    }

    @Test
    void yearAfterThePlaceAndANoteInBrackets() {
        ReportMetadata m = parser.parse(normalizer.normalize("""
                浙江省安吉县2025年政府工作报告（节选）
                各位代表：
                """));
        assertEquals("安吉县", m.region(), "the year is not part of the place");
        assertEquals("浙江省", m.parent());
        assertEquals("2024", m.period(), "a report given in 2025 reviews 2024");
        assertEquals("浙江省安吉县2025年政府工作报告（节选）", m.title());
    }

    @Test
    void yearBeforeThePlace() {
        ReportMetadata m = parser.parse(normalizer.normalize("""
                2024年青溪县人民政府工作报告
                各位代表：
                """));
        assertEquals("青溪县", m.region());
        assertEquals("2023", m.period());
    }

    @Test
    void countyWithActingHeadAndNoReviewHeading() {
        ReportMetadata m = parser.parse(normalizer.normalize("""
                河南省青溪县人民政府工作报告
                ——2024年1月9日在青溪县第十七届人民代表大会第四次会议上
                青溪县人民政府代理县长 王晓东
                各位代表：
                现在，我代表县人民政府，向大会报告工作，请予审议。
                一、过去一年的工作
                """));
        assertEquals("青溪县", m.region());
        assertEquals("河南省", m.parent());
        assertEquals("2024-01-09", m.date());
        assertEquals("2023", m.period(), "no year in the review heading: the year before the date");
        assertEquals("青溪县人民政府代理县长 王晓东", m.speaker());
    }

    @Test
    void cityInAProvince() {
        ReportMetadata m = parser.parse(normalizer.normalize("""
                2025年广东省南湾市人民政府工作报告
                ——2025年2月20日在南湾市第九届人民代表大会第五次会议上
                南湾市市长 陈立新
                各位代表：
                一、2024年工作回顾
                """));
        assertEquals("南湾市", m.region());
        assertEquals("广东省", m.parent());
        assertEquals("2025-02-20", m.date());
        assertEquals("2024", m.period());
        assertEquals("南湾市市长 陈立新", m.speaker());
    }

    @Test
    void districtOfACityFromTheSpeakerLineWhenTheTitleNamesNoPlace() {
        ReportMetadata m = parser.parse(normalizer.normalize("""
                政府工作报告
                ——2024年1月5日在深圳市龙岗区第七届人民代表大会第五次会议上
                深圳市龙岗区人民政府区长 赵海
                """));
        assertEquals("龙岗区", m.region());
        assertEquals("深圳市", m.parent());
        assertEquals("政府工作报告", m.title());
    }

    @Test
    void autonomousRegionAndOneCharacterCounty() {
        assertEquals("郏县", parser.parse("河南省郏县人民政府工作报告").region());
        ReportMetadata m = parser.parse("广西壮族自治区玉林市人民政府工作报告");
        assertEquals("玉林市", m.region());
        assertEquals("广西壮族自治区", m.parent());
        assertEquals("广州市", parser.parse("广州市人民政府工作报告").region(), "州 inside a name is no suffix");
    }
}
