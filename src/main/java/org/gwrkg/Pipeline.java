package org.gwrkg;

import java.nio.file.Path;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.ReportExtractor;
import org.gwrkg.nlp.Annotator;
import org.gwrkg.nlp.TextAnalyzer;
import org.gwrkg.rdf.Iris;
import org.gwrkg.rdf.RdfMapper;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.Report;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.read.ReportReader;
import org.gwrkg.structure.ReportStructurer;

/**
 * The whole flow of DESIGN.md for one report file: read, structure, annotate, extract, and map
 * to RDF. Each stage is its own package; this class only chains them.
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline();
 * Extraction x = pipeline.extract(Path.of("seeds/report.txt"), ReportMetadata.EMPTY);
 * ReportGraph graph = pipeline.toRdf(x);
 * }</pre>
 */
public final class Pipeline {
    private final ReportReader reader = new ReportReader();
    private final ReportStructurer structurer = new ReportStructurer();
    private final Annotator annotator = new Annotator(TextAnalyzer.hanlp());
    private final ReportExtractor extractor = new ReportExtractor();

    /**
     * Reads and extracts one report.
     *
     * @param file      the report file
     * @param overrides metadata given on the command line, which wins over sidecar and header
     * @throws org.gwrkg.read.ReportException when the file cannot be used as a report
     */
    public Extraction extract(Path file, ReportMetadata overrides) {
        return extract(read(file, overrides));
    }

    /**
     * Reads one report: the cheap first stage, which finds every problem of the file itself (decoding,
     * size, too little text, metadata), so a batch can check all its files before the slow stages.
     *
     * @throws org.gwrkg.read.ReportException when the file cannot be used as a report
     */
    public Report read(Path file, ReportMetadata overrides) {
        return reader.read(file, overrides);
    }

    /** Extracts a report already read. */
    public Extraction extract(Report report) {
        return extractor.extract(annotator.annotate(structurer.structure(report)));
    }

    /**
     * The name of the graph {@link #toRdf} will give the report, known from the read report alone:
     * two files with the same name are the same report (same region code and year).
     */
    public static String graphName(Report report) {
        return Iris.report(Iris.reportKey(report.metadata().regionCode(), report.metadata().period(),
                report.source(), report.text()));
    }

    /** The report's named graph. */
    public ReportGraph toRdf(Extraction extraction) {
        // A mapper per call (it holds only shared vocabularies) rather than one made with the
        // pipeline: extracting then touches no Jena class, so serve can start Jena on another
        // thread meanwhile (Jena must not be initialised from two threads at once).
        return new RdfMapper().map(extraction);
    }
}
