package org.gwrkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    static Stream<Arguments> cases() {
        return Stream.of(
                // full-width digits, letters and ％．＋－ become ASCII; Chinese punctuation stays
                Arguments.of("full-width digits and letters", "全县ＧＤＰ增长５．２％，达到３２０亿元。",
                        "全县GDP增长5.2%，达到320亿元。"),
                Arguments.of("full-width signs", "同比＋３．５％、环比－１％，ｐｈ值稳定。",
                        "同比+3.5%、环比-1%，ph值稳定。"),
                Arguments.of("no NFKC: ，。：stay full width", "粮食产量：稳定，达到１２万吨。",
                        "粮食产量：稳定，达到12万吨。"),
                // ASCII punctuation in Chinese text becomes Chinese punctuation
                Arguments.of("comma", "全年完成投资120亿元,增长8%", "全年完成投资120亿元，增长8%"),
                Arguments.of("comma between digits stays", "新增城镇就业1,200人,失业率4.5%",
                        "新增城镇就业1,200人，失业率4.5%"),
                Arguments.of("colon", "各位代表:", "各位代表："),
                Arguments.of("colon between digits stays", "航班于10:30首飞,运行平稳。", "航班于10:30首飞，运行平稳。"),
                Arguments.of("semicolon, exclamation, question", "工业增长较快;服务业稳中有升!成绩来之不易?",
                        "工业增长较快；服务业稳中有升！成绩来之不易？"),
                Arguments.of("brackets around Chinese", "建成智慧农业示范园(一期),投产企业5家。",
                        "建成智慧农业示范园（一期），投产企业5家。"),
                Arguments.of("brackets beside Chinese", "控制指标COD(mg)以内", "控制指标COD（mg）以内"),
                Arguments.of("brackets with nothing Chinese stay", "核算公式f(x)=2x+1已发布", "核算公式f(x)=2x+1已发布"),
                Arguments.of("full stop stays", "新增贷款1.37亿元.", "新增贷款1.37亿元."),
                Arguments.of("a line without Chinese keeps its punctuation", "Hello, world (2024)!",
                        "Hello, world (2024)!"),
                // layout artefacts
                Arguments.of("page marker on its own line", "全区经济运行稳中向好。\n(下转6版)\n（上接第5版）",
                        "全区经济运行稳中向好。"),
                Arguments.of("page marker inside a line", "全区粮食产量（上接第５版）稳定增长。", "全区粮食产量稳定增长。"),
                Arguments.of("TeX subscript and superscript", "PM_{2.5}浓度下降，面积达5km^{2}。",
                        "PM2.5浓度下降，面积达5km2。"),
                Arguments.of("ideographic space and NBSP", "全县\u3000上下\u00A0同心。", "全县 上下 同心。"),
                Arguments.of("trim and collapse spaces", "   全面   推进   乡村振兴。  ", "全面 推进 乡村振兴。"),
                Arguments.of("empty lines dropped, CRLF", "第一段文字。\r\n\r\n\r\n第二段文字。\r\n", "第一段文字。\n第二段文字。"),
                // broken paragraphs are joined again
                Arguments.of("broken inside a word", "全年新增高标准农田5万亩，粮食生产持续稳定增\n\n产。畜牧业平稳发展。",
                        "全年新增高标准农田5万亩，粮食生产持续稳定增产。畜牧业平稳发展。"),
                Arguments.of("broken after a pause mark", "发放创业担保贷款2.5亿元，新增小微企业信用贷款3亿元、\n\n余额居全省前列。",
                        "发放创业担保贷款2.5亿元，新增小微企业信用贷款3亿元、余额居全省前列。"),
                Arguments.of("broken before a quotation", "新增国家级“专精特新”企业3家，培育省级\n“小巨人”企业12家。",
                        "新增国家级“专精特新”企业3家，培育省级“小巨人”企业12家。"),
                Arguments.of("broken three times", "一二三四五六七八九十一二三四五六七八九十\n一二三四五六七八九十一二三四五六七八九十\n完。",
                        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十完。"),
                Arguments.of("short line is not broken", "一年来的主要工作\n全面完成年度目标任务。", "一年来的主要工作\n全面完成年度目标任务。"),
                Arguments.of("a part heading is never joined to", "持续推进城乡融合发展和乡村全面振兴的各项重点工作任务\n二、2025年工作安排",
                        "持续推进城乡融合发展和乡村全面振兴的各项重点工作任务\n二、2025年工作安排"),
                Arguments.of("a section heading is never joined to", "持续推进城乡融合发展和乡村全面振兴的各项重点工作任务\n(二)坚持改革创新",
                        "持续推进城乡融合发展和乡村全面振兴的各项重点工作任务\n（二）坚持改革创新"),
                Arguments.of("a long heading is not joined to its text", "三、坚持稳中求进工作总基调，全力推动高质量发展再上新台阶\n今年是关键之年。",
                        "三、坚持稳中求进工作总基调，全力推动高质量发展再上新台阶\n今年是关键之年。"),
                Arguments.of("a section heading running into broken text is joined",
                        "(三)坚持改革开放，发展活力持续增强。深化国资国企改革，完成混改\n企业3家。",
                        "（三）坚持改革开放，发展活力持续增强。深化国资国企改革，完成混改企业3家。"),
                Arguments.of("title, dateline and speaker stay lines",
                        "湖南省青溪县人民政府工作报告\n\n——2024年1月9日在青溪县第十八届人民代表大会第四次会议上\n\n青溪县人民政府代理县长 王晓东\n各位代表：",
                        "湖南省青溪县人民政府工作报告\n——2024年1月9日在青溪县第十八届人民代表大会第四次会议上\n青溪县人民政府代理县长 王晓东\n各位代表："));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalizes(String rule, String input, String expected) {
        assertEquals(expected, normalizer.normalize(input));
    }

    @Test
    void seedParagraphsBrokenByThePageLayoutAreJoined() throws Exception {
        String text = new ReportReader().read(Seed.REPORT, null).text();
        assertTrue(text.contains("现代农业稳量增效。"), "稳量增|效");
        assertTrue(text.contains("4所市级“双优”"), "4所市|级");
        assertTrue(text.contains("信用贷款1.37亿元、总额"), "、|总额");
        assertFalse(text.contains("下转"));
        assertFalse(text.contains("\n\n"));
        assertTrue(text.startsWith("重庆市永川区人民政府工作报告\n——2025年1月13日"));
    }
}
