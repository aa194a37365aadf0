package org.gwrkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.gwrkg.read.Region;
import org.gwrkg.read.Regions;
import org.junit.jupiter.api.Test;

/** What a generated corpus is: reproducible, of real regions each year once, of bounded and varied length. */
class CorpusGeneratorTest {

    private static CorpusGenerator corpus(int n, long seed) {
        return CorpusGenerator.builder().reports(n).seed(seed).build();
    }

    @Test
    void sameOptionsGiveTheSameReports() {
        CorpusGenerator a = corpus(30, 7);
        CorpusGenerator b = corpus(30, 7);
        for (int i = 0; i < 30; i++) {
            assertEquals(a.generate(i), b.generate(i), "report " + i);
        }
    }

    @Test
    void orderOfGenerationDoesNotMatter() {
        CorpusGenerator g = corpus(20, 7);
        List<GeneratedReport> forward = IntStream.range(0, 20).mapToObj(g::generate).toList();
        List<GeneratedReport> parallel = g.stream().parallel().toList();
        List<GeneratedReport> backward = new ArrayList<>();
        for (int i = 19; i >= 0; i--) {
            backward.add(0, g.generate(i));
        }
        assertEquals(forward, parallel);
        assertEquals(forward, backward);
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        CorpusGenerator a = corpus(10, 7);
        CorpusGenerator b = corpus(10, 8);
        assertNotEquals(a.generate(0).text(), b.generate(0).text());
        assertNotEquals(IntStream.range(0, 10).mapToObj(i -> a.generate(i).fileName()).toList(),
                IntStream.range(0, 10).mapToObj(i -> b.generate(i).fileName()).toList());
    }

    @Test
    void reportsAreOfRealRegionsEachYearOnceMostlyCounties() {
        CorpusGenerator g = corpus(400, 3);
        Regions regions = Regions.standard();
        Set<String> files = new HashSet<>();
        int[] levels = new int[4];
        for (int i = 0; i < 400; i++) {
            GeneratedReport r = g.generate(i);
            assertTrue(files.add(r.fileName()), "twice: " + r.fileName());
            Region region = regions.byCode(r.regionCode()).orElseThrow(() -> new AssertionError("no such code " + r.regionCode()));
            assertEquals(region.name(), r.region());
            assertTrue(r.year() >= 2015 && r.year() <= 2025, r.fileName());
            levels[region.level()]++;
        }
        assertTrue(levels[Region.COUNTY] >= 0.8 * 400, "county level: " + levels[Region.COUNTY]);
        assertTrue(levels[Region.PREFECTURE] > 0, "no prefecture");
        assertEquals(2015, g.firstYear());
        assertTrue(g.regionsAvailable() > 3000 && g.regionsAvailable() <= g.regionsConsidered(), "" + g.regionsAvailable());
    }

    @Test
    void aCorpusLargerThanElevenYearsOfAllRegionsReachesFurtherBack() {
        CorpusGenerator g = corpus(CorpusGenerator.MAX_REPORTS, 3);
        int years = g.lastYear() - g.firstYear() + 1;
        assertTrue((long) years * g.regionsAvailable() >= CorpusGenerator.MAX_REPORTS, "years " + years);
        assertTrue(g.firstYear() < 2015);
        assertTrue(g.generate(CorpusGenerator.MAX_REPORTS - 1).year() >= g.firstYear());
    }

    @Test
    void lengthsStayWithinBoundsAndMostLieBetweenTenAndTwentyThousand() {
        CorpusGenerator g = corpus(200, 5);
        int[] chars = IntStream.range(0, 200).map(i -> g.generate(i).chars()).sorted().toArray();
        assertTrue(chars[0] >= 5_000 && chars[199] <= 40_000, chars[0] + ".." + chars[199]);
        long middle = IntStream.of(chars).filter(c -> c >= 10_000 && c <= 20_000).count();
        assertTrue(middle >= 0.55 * 200, "between 10,000 and 20,000: " + middle);
        assertTrue(chars[100] > 11_000 && chars[100] < 17_000, "median " + chars[100]);
    }

    @Test
    void narrowBoundsAreKept() {
        CorpusGenerator g = CorpusGenerator.builder().reports(25).seed(1).minChars(3_000).maxChars(3_500).build();
        for (int i = 0; i < 25; i++) {
            int c = g.generate(i).chars();
            assertTrue(c >= 3_000 && c <= 3_500, "length " + c);
        }
        CorpusGenerator longOnes = CorpusGenerator.builder().reports(5).seed(1).minChars(60_000).maxChars(80_000).build();
        for (int i = 0; i < 5; i++) {
            int c = longOnes.generate(i).chars();
            assertTrue(c >= 60_000 && c <= 80_000, "length " + c);
        }
    }

    @Test
    void plantedFiguresAndNamesStandInTheText() {
        CorpusGenerator g = corpus(20, 9);
        for (int i = 0; i < 20; i++) {
            GeneratedReport r = g.generate(i);
            assertTrue(r.figures().size() >= r.chars() / 250, r.fileName() + ": " + r.figures().size() + " figures");
            for (PlantedFigure f : r.figures()) {
                assertTrue(r.text().contains(f.raw()), r.fileName() + " lacks " + f.raw());
            }
            for (String name : r.projects()) {
                assertTrue(r.text().contains(name), r.fileName() + " lacks " + name);
            }
            assertEquals(r.projects().size(), new HashSet<>(r.projects()).size(), "a project planted twice");
            assertFalse(r.companies().isEmpty());
        }
    }

    @Test
    void optionsOutOfRangeAreRefusedWithTheOptionNamed() {
        assertRefused(CorpusGenerator.builder().reports(0), "--reports");
        assertRefused(CorpusGenerator.builder().reports(CorpusGenerator.MAX_REPORTS + 1), "--reports");
        assertRefused(CorpusGenerator.builder().reports(5).minChars(1_000), "--min-chars");
        assertRefused(CorpusGenerator.builder().reports(5).maxChars(900_000), "--max-chars");
        assertRefused(CorpusGenerator.builder().reports(5).minChars(10_000).maxChars(10_100), "--max-chars");
    }

    private static void assertRefused(CorpusGenerator.Builder b, String option) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains(option), e.getMessage());
    }
}
