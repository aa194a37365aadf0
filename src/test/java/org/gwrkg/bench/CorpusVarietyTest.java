package org.gwrkg.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.read.ReportReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated text varies as real reports do, and owes nothing to the seed report or the test
 * reports: none of their names, none of their sentences.
 */
class CorpusVarietyTest {

    /** The seed report's own names, which the project must never carry (the team's ban list). */
    private static final List<String> SEED_NAMES = List.of("追觅", "瞰瞰", "豪斯特", "腾盾", "红江机械", "新泰机械", "美行科技",
            "肖家冲", "兴龙湖", "张家坡", "石梁桥", "栏杆滩", "常晓勇");
    /** Sentences shorter than this are formulas every report shares (各位代表！). */
    private static final int MIN_SENTENCE = 10;

    private static List<String> texts;

    @BeforeAll
    static void generate() {
        CorpusGenerator g = CorpusGenerator.builder().reports(60).seed(21).build();
        texts = g.stream().map(GeneratedReport::text).toList();
    }

    @Test
    void sentencesAreMostlyDistinctAcrossReportsAndWithinEach() {
        List<String> all = new ArrayList<>();
        double worst = 1;
        for (String text : texts) {
            List<String> own = sentences(List.of(body(text)));
            worst = Math.min(worst, new HashSet<>(own).size() / (double) own.size());
            all.addAll(own);
        }
        double distinct = new HashSet<>(all).size() / (double) all.size();
        System.out.printf("distinct body sentences: %d of %d (%.3f) in %d reports; lowest within one report %.3f%n",
                new HashSet<>(all).size(), all.size(), distinct, texts.size(), worst);
        assertTrue(distinct >= 0.95, "distinct sentence ratio " + distinct);
        assertTrue(worst >= 0.97, "distinct sentence ratio within one report " + worst);
    }

    /**
     * The report without its header, part headings and section topics: lines that every report
     * words alike (title, dateline, 一、…年工作回顾, （一）坚持…) are few by nature, no measure of variety.
     */
    private static String body(String text) {
        StringBuilder b = new StringBuilder();
        boolean started = false;
        for (String line : text.split("\n")) {
            boolean heading = line.matches("^[一二三四五六七八九十]+、.*");
            started |= heading;
            if (started && !heading) {
                // A section's first line opens with its topic (（一）坚持…，…), then its sentences.
                b.append(line.startsWith("（") ? line.substring(line.indexOf('。') + 1) : line).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void noNameOfTheSeed() {
        for (String text : texts) {
            for (String name : SEED_NAMES) {
                assertFalse(text.contains(name), name);
            }
        }
    }

    @Test
    void noSentenceOfTheSeedOrTheTestReports() throws IOException {
        Set<String> theirs = new HashSet<>();
        ReportReader reader = new ReportReader();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/corpus"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md|html)$")).toList()) {
                    theirs.addAll(sentences(List.of(reader.read(f, ReportMetadata.EMPTY).text())));
                }
            }
        }
        assertTrue(theirs.size() > 50, "read too few sentences: " + theirs.size());
        for (String s : sentences(texts)) {
            // Part headings (一、2024年工作回顾) are the form of every report, not a sentence of one.
            assertFalse(theirs.contains(s) && !s.matches("^[一二三四五六七八九十]+、.*"), s);
        }
    }

    /** The sentences of the texts, split at 。！？ and line ends, those of at least {@link #MIN_SENTENCE} characters. */
    private static List<String> sentences(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            for (String s : t.split("[。！？\n]")) {
                String x = s.strip();
                if (x.length() >= MIN_SENTENCE) {
                    out.add(x);
                }
            }
        }
        return out;
    }
}
