package org.gwrkg.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.gwrkg.Pipeline;
import org.gwrkg.extract.Extraction;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.ReportMetadata;

/**
 * Extracts report files and maps them to RDF on several threads, giving the results in input order,
 * so that output does not depend on which thread finished first. Everything is kept in memory: for
 * corpora too large for that, load them with {@link BatchLoader}.
 *
 * <pre>{@code
 * List<ParallelExtractor.Extracted> all = ParallelExtractor.extract(files, ReportMetadata.EMPTY, 2);
 * }</pre>
 */
public final class ParallelExtractor {

    /**
     * One report extracted.
     *
     * @param file       the report file
     * @param extraction what was extracted
     * @param graph      its RDF
     */
    public record Extracted(Path file, Extraction extraction, ReportGraph graph) {
    }

    private ParallelExtractor() {
    }

    /**
     * Extracts {@code files} with {@code threads} threads (the calling one alone when 1).
     *
     * @throws org.gwrkg.read.ReportException for the first bad file in input order
     */
    public static List<Extracted> extract(List<Path> files, ReportMetadata overrides, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (threads == 1 || files.size() < 2) {
            Pipeline pipeline = new Pipeline();
            return files.stream().map(f -> extract(pipeline, f, overrides)).toList();
        }
        ExecutorService pool = Workers.pool(Math.min(threads, files.size()));
        try {
            List<Future<Extracted>> running = new ArrayList<>(files.size());
            for (Path f : files) {
                running.add(pool.submit(() -> extract(Workers.pipeline(), f, overrides)));
            }
            List<Extracted> done = new ArrayList<>(files.size());
            for (Future<Extracted> f : running) {
                done.add(Workers.await(f));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Extracted extract(Pipeline pipeline, Path file, ReportMetadata overrides) {
        Extraction x = pipeline.extract(file, overrides);
        return new Extracted(file, x, pipeline.toRdf(x));
    }

}
