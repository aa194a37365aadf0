package org.gwrkg.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gwrkg.Pipeline;
import org.gwrkg.extract.Extraction;
import org.gwrkg.read.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated reports exercise the extractor as real ones do: the real pipeline reads most of
 * the figures, projects and companies planted in a handful of them.
 */
class ExtractionRealismTest {

    private static final int REPORTS = 6;

    @TempDir
    Path dir;

    @Test
    void pipelineFindsWhatWasPlanted() throws IOException {
        CorpusGenerator g = CorpusGenerator.builder().reports(REPORTS).seed(11).build();
        Pipeline pipeline = new Pipeline();
        PlantedRecall total = null;
        for (int i = 0; i < REPORTS; i++) {
            GeneratedReport r = g.generate(i);
            Path file = dir.resolve(r.fileName());
            Files.writeString(file, r.text(), StandardCharsets.UTF_8);
            Extraction x = pipeline.extract(file, ReportMetadata.EMPTY);
            PlantedRecall one = PlantedRecall.of(r, x);
            total = total == null ? one : total.plus(one);
        }
        PlantedRecall t = total;
        String summary = String.format(Locale.ROOT,
                "figures %d/%d (%.3f), projects %d/%d (%.3f), companies by full name %d/%d (%.3f), by short name %d/%d (%.3f)",
                t.figuresFound(), t.figures(), t.figureRecall(), t.projectsFound(), t.projects(), t.projectRecall(),
                t.companiesFound(), t.companies(), t.companyRecall(), t.shortNamesFound(), t.shortNames(), t.shortNameRecall());
        System.out.println("Planted and found in " + REPORTS + " generated reports: " + summary);
        t.missedFigures().stream().limit(60).forEach(f -> System.out.println("  missed figure: " + f));
        t.missedNames().stream().limit(60).forEach(n -> System.out.println("  missed name: " + n));
        assertTrue(t.figureRecall() >= 0.85, summary);
        assertTrue(t.projectRecall() >= 0.8, summary);
        assertTrue(t.companyRecall() >= 0.8, summary);
        // Short names (瑞川科技) in lists and after 支持 are the extractor's weak spot; the corpus keeps
        // them as real reports write them, so this only checks that the extractor meets them at all.
        assertTrue(t.shortNameRecall() >= 0.3, summary);
    }
}
