package org.gwrkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.gwrkg.Pipeline;
import org.gwrkg.batch.BatchLoader;
import org.gwrkg.extract.Extraction;
import org.gwrkg.nlp.TextAnalyzer;
import org.gwrkg.rdf.RegionGraph;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.read.ReportReader;
import org.gwrkg.read.TextDecoder;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.structure.ReportStructurer;
import org.gwrkg.structure.Sentence;

/**
 * Puts every report through each stage on one thread, timing each stage on its own: extraction
 * ({@code Pipeline.extract}), HanLP's reference segmentation of the same sentences, mapping to RDF,
 * and loading into a fresh TDB2 store (transactions of up to 250,000 triples, as {@code gwrkg load}
 * writes them). One report at a time, so memory stays that of a transaction's reports however
 * large the corpus; the stages alternate, so each is timed with the JIT and caches in the same
 * state. A time-bounded warm-up of all stages, into a scratch store, comes first.
 */
final class SingleThreadPass {

    private final Pipeline pipeline = new Pipeline();
    private final ReportReader reader = new ReportReader();
    private final ReportStructurer structurer = new ReportStructurer();
    private final TextAnalyzer reference = TextAnalyzer.hanlpNameRecognizer();

    /** The clocks of one pass over reports, and the sentences HanLP was given. */
    private static final class Clocks {
        final StageClock extraction = new StageClock();
        final StageClock hanlp = new StageClock();
        final StageClock rdf = new StageClock();
        final StageClock load = new StageClock();
        long sentences;
        long sentenceChars;
    }

    /**
     * @param files         the corpus, each file a different report
     * @param warmupSeconds how long to warm up
     * @param warmupStore   a directory for the warm-up's store, deleted after
     * @param store         a new or empty directory for the measured store, left there (closed)
     */
    SingleThreadResult run(List<Path> files, double warmupSeconds, Path warmupStore, Path store, Consumer<String> progress) {
        progress.accept(String.format(Locale.ROOT, "warming up for %.0f s (single thread)", warmupSeconds));
        Warmup warmup = warmUp(files, warmupSeconds, warmupStore);
        progress.accept("timing extraction, HanLP, RDF mapping and TDB2 loading of " + files.size() + " report(s), single thread");
        Clocks c = new Clocks();
        long storeTriples;
        try (KnowledgeStore kg = KnowledgeStore.open(store, true)) {
            CorpusLoader.loadShared(kg);
            Writer writer = new Writer(kg, c.load);
            Map<String, Path> seen = new HashMap<>();
            for (Path f : files) {
                ReportGraph g = pass(f, c);
                Path earlier = seen.putIfAbsent(g.graphName(), f);
                if (earlier != null) {
                    throw new BenchException(f + " and " + earlier + " are the same report " + g.graphName()
                            + " (same region code and year): a corpus has each report once; remove one of them");
                }
                writer.add(g);
            }
            writer.commit();
            storeTriples = kg.tripleCount();
        }
        ExtractionResult x = ExtractionResult.of(files.size(), c.extraction.throughput("chars"), c.hanlp.throughput("chars"),
                c.sentences, c.sentenceChars);
        return new SingleThreadResult(warmup, x, c.rdf.throughput("triples"),
                new LoadResult(c.load.throughput("triples"), storeTriples, DiskSize.of(store)));
    }

    private Warmup warmUp(List<Path> files, double seconds, Path dir) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int reports = 0;
        long chars = 0;
        try (KnowledgeStore kg = KnowledgeStore.open(dir, true)) {
            CorpusLoader.loadShared(kg);
            Clocks c = new Clocks();
            Writer writer = new Writer(kg, c.load);
            do {
                // Round again, the graphs replace those of the first round, as a repeated load would.
                writer.add(pass(files.get(reports % files.size()), c));
                reports++;
            } while (System.nanoTime() < end);
            writer.commit();
            chars = c.extraction.throughput("chars").units();
        } finally {
            Dirs.delete(dir);
        }
        return new Warmup("time", seconds, (System.nanoTime() - start) / 1e9, reports, chars);
    }

    /** One report through extraction, HanLP and mapping, each timed on its clock; returns its graph. */
    private ReportGraph pass(Path file, Clocks c) {
        // Counted and found outside the timing: the file's characters, and the sentences our annotator
        // segments, so that HanLP's time is its segmenting alone.
        long chars = fileChars(file);
        List<Sentence> ss = structurer.structure(reader.read(file, ReportMetadata.EMPTY)).sentences();
        Extraction x = c.extraction.time(() -> pipeline.extract(file, ReportMetadata.EMPTY), e -> chars);
        c.hanlp.time(() -> {
            for (Sentence s : ss) {
                reference.analyze(s.text(), s.start());
            }
            return x;
        }, e -> chars);
        c.sentences += ss.size();
        c.sentenceChars += ss.stream().mapToLong(s -> chars(s.text())).sum();
        return c.rdf.time(() -> pipeline.toRdf(x), r -> r.model().size());
    }

    /**
     * Writes report graphs as the batch loader's writer does: several reports per transaction, up to
     * {@link BatchLoader#DEFAULT_TRANSACTION_TRIPLES} triples, each report put whole with its region.
     * Only the transactions are timed; the region graphs are made beforehand, as the batch loader's
     * extracting threads make them.
     */
    private static final class Writer {
        private final KnowledgeStore kg;
        private final StageClock clock;
        private final List<ReportGraph> graphs = new ArrayList<>();
        private final List<Model> regions = new ArrayList<>();
        private long triples;

        Writer(KnowledgeStore kg, StageClock clock) {
            this.kg = kg;
            this.clock = clock;
        }

        void add(ReportGraph g) {
            graphs.add(g);
            regions.add(RegionGraph.of(g));
            triples += g.model().size();
            if (triples >= BatchLoader.DEFAULT_TRANSACTION_TRIPLES) {
                commit();
            }
        }

        void commit() {
            if (graphs.isEmpty()) {
                return;
            }
            clock.time(() -> {
                kg.write(() -> {
                    for (int i = 0; i < graphs.size(); i++) {
                        CorpusLoader.putReport(kg, graphs.get(i), regions.get(i));
                    }
                });
                return graphs;
            }, done -> triples);
            graphs.clear();
            regions.clear();
            triples = 0;
        }
    }

    /**
     * The characters of a report file as decoded, before markup is stripped and the text normalised:
     * what {@code corpus.json} counts, so that the figures agree with it.
     */
    static long fileChars(Path file) {
        try {
            return chars(TextDecoder.decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters as code points, so a character outside the BMP is one. */
    static long chars(String text) {
        return text.codePointCount(0, text.length());
    }
}
