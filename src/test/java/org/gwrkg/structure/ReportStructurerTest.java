package org.gwrkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gwrkg.read.Report;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.read.ReportReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportStructurerTest {

    private static StructuredReport seed;
    private static String text;

    @BeforeAll
    static void structureSeed() {
        Report report = new ReportReader().read(Path.of("seeds", "yongchuan-2025-government-work-report.txt"), null);
        seed = new ReportStructurer().structure(report);
        text = report.text();
    }

    @Test
    void seedHasOnePartWithSixSections() {
        List<Section> parts = seed.sections().stream().filter(s -> s.level() == 1).toList();
        List<Section> sections = seed.sections().stream().filter(s -> s.level() == 2).toList();
        assertEquals(1, parts.size());
        assertEquals("一、2024年工作回顾", parts.get(0).title());
        assertEquals(6, sections.size());
        assertEquals("（一） 坚持育产业、促转型、提质效，发展动能持续增强。", sections.get(0).title());
        for (Section s : sections) {
            assertEquals(parts.get(0).index(), s.parent());
            assertTrue(parts.get(0).start() < s.start() && s.end() <= parts.get(0).end());
        }
        for (int i = 1; i < sections.size(); i++) {
            assertTrue(sections.get(i - 1).end() < sections.get(i).start(), "sections of one level do not overlap");
        }
        assertEquals(text.length(), parts.get(0).end(), "the last part runs to the end of the text");
    }

    @Test
    void everySentenceIsItsSubstringAndStaysInItsParagraph() {
        assertTrue(seed.sentences().size() > 100);
        for (Sentence s : seed.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertFalse(s.text().isBlank());
            assertEquals(s.text().strip(), s.text());
            Paragraph p = seed.paragraphs().get(s.paragraph());
            assertTrue(p.start() <= s.start() && s.end() <= p.end(), s.text());
            assertFalse(s.text().contains("\n"));
        }
    }

    @Test
    void sentencesCoverTheParagraphsInOrder() {
        int expectedIndex = 0;
        for (Sentence s : seed.sentences()) {
            assertEquals(expectedIndex++, s.index());
        }
        String joined = String.join("", seed.sentences().stream().map(Sentence::text).toList());
        assertEquals(text.replace("\n", "").replace(" ", ""), joined.replace(" ", ""),
                "no character outside whitespace is lost between sentences");
    }

    @Test
    void contractSentenceLiesInSectionOne() {
        Sentence sentence = seed.sentences().stream()
                .filter(s -> s.text().contains("合同额达711亿元")).findFirst().orElseThrow();
        assertTrue(sentence.text().endsWith("合同额达711亿元。"), sentence.text());
        Section one = seed.sections().stream().filter(s -> s.title().startsWith("（一）")).findFirst().orElseThrow();
        assertTrue(one.start() <= sentence.start() && sentence.end() <= one.end());
        assertEquals(one.index(), seed.paragraphs().get(sentence.paragraph()).section());
    }

    @Test
    void closingQuotesStayWithTheirSentenceAndTailsCount() {
        String sample = "一、总体要求\n他说：“要干实事。”随后落实？是的！尾句没有句号\n（二）坚持创新。全面推进";
        StructuredReport s = new ReportStructurer().structure(new Report("t.txt", sample, ReportMetadata.EMPTY));
        List<String> sentences = s.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("一、总体要求", "他说：“要干实事。”", "随后落实？", "是的！", "尾句没有句号",
                "（二）坚持创新。", "全面推进"), sentences);
        assertEquals(List.of(0, 0, 1), s.paragraphs().stream().map(Paragraph::section).toList());
        assertEquals(0, s.sections().get(1).parent());
        assertEquals(sample.length(), s.sections().get(1).end());
    }
}
