package org.gwrkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.gwrkg.read.HeaderMetadataParser;
import org.gwrkg.read.Region;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.read.ReportReader;
import org.gwrkg.read.Regions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader finds a generated report's region and year in its text, with no sidecar and no option. */
class HeaderResolutionTest {

    @TempDir
    Path dir;

    @Test
    void everyGeneratedReportResolvesToItsCodeAndYear() throws IOException {
        CorpusGenerator g = CorpusGenerator.builder().reports(150).seed(17).build();
        ReportReader reader = new ReportReader();
        int[] levels = new int[4];
        for (int i = 0; i < 150; i++) {
            GeneratedReport r = g.generate(i);
            Path file = dir.resolve(r.fileName());
            Files.writeString(file, r.text(), StandardCharsets.UTF_8);
            ReportMetadata m = reader.read(file, ReportMetadata.EMPTY).metadata();
            assertEquals(r.regionCode(), m.regionCode(), r.fileName() + ": " + m);
            assertEquals(String.valueOf(r.year()), m.period(), r.fileName() + ": " + m);
            levels[Regions.standard().byCode(r.regionCode()).orElseThrow().level()]++;
        }
        assertTrue(levels[Region.PREFECTURE] > 0, "no prefecture among them");
    }

    @Test
    void everyRegionOfThePoolResolvesInEveryFormOfItsHeader() {
        RegionPool pool = new RegionPool(Regions.standard());
        HeaderMetadataParser parser = new HeaderMetadataParser();
        SplittableRandom rnd = new SplittableRandom(1);
        int[] levels = new int[4];
        for (RegionStyle style : pool.styles()) {
            for (int i = 0; i < 3 * style.places().size(); i++) {
                String text = HeaderWriter.write(style, 2021, "王明华", rnd) + "各位代表：\n\n一、过去一年工作回顾\n";
                ReportMetadata m = Regions.standard().complete(parser.parse(text));
                assertEquals(style.region().code(), m.regionCode(), text);
                assertEquals("2021", m.period(), text);
            }
            levels[style.region().level()]++;
        }
        // The table's counts, less the few names the header parser cannot tell apart.
        assertTrue(levels[Region.PROVINCE] == 31, "provinces " + levels[Region.PROVINCE]);
        assertTrue(levels[Region.PREFECTURE] > 320, "prefectures " + levels[Region.PREFECTURE]);
        assertTrue(levels[Region.COUNTY] > 2700, "counties " + levels[Region.COUNTY]);
    }
}
