package org.gwrkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.jena.sys.JenaSystem;
import org.gwrkg.Pipeline;
import org.gwrkg.extract.Extraction;
import org.gwrkg.rdf.ConceptMatcher;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.rdf.UnitVocabulary;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.serve.SparqlServer;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;

/**
 * {@code serve}'s start-up over report files, on two cores: this thread loads HanLP's dictionaries
 * and extracts the reports, which touches no Jena class, while a second thread initialises Jena,
 * reads the ontology and vocabularies into a new in-memory store and builds the server, not yet
 * listening. Then the reports are mapped to RDF and loaded, as {@link Reports#toStore()} would.
 *
 * <p>A failure on either side is thrown here as it was raised, so that it ends in one line and exit
 * 2 or 3 as anywhere else; nothing listens until the caller starts the server, so a failed start-up
 * leaves no server half up.
 */
final class InMemoryStart {

    /**
     * The store with the reports, the ontology, vocabularies and regions, and the server over it.
     *
     * @param server built but not started
     */
    record Ready(KnowledgeStore store, SparqlServer server) {
    }

    private InMemoryStart() {
    }

    /**
     * Extracts the reports under {@code paths} into a new in-memory store and builds a server over it.
     *
     * @param server builds the server over the store; runs on the second thread
     * @param log    where each step is reported as it ends
     */
    static Ready run(List<Path> paths, Function<KnowledgeStore, SparqlServer> server, StartupLog log) {
        // Jena must be initialised on one thread before any other touches it: two threads meeting in
        // its static initialisers can deadlock. This thread waits for jenaReady before mapping to RDF.
        CompletableFuture<Void> jenaReady = new CompletableFuture<>();
        CompletableFuture<Ready> serverSide = new CompletableFuture<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        Thread thread = new Thread(() -> serverSide(server, log, jenaReady, serverSide, abandoned), "gwrkg-start");
        // A failed extraction ends the command at once; this thread is then of no use.
        thread.setDaemon(true);
        thread.start();
        try {
            Pipeline pipeline = new Pipeline();
            log.step("HanLP dictionaries and extraction rules loaded");
            List<Path> files = ReportFiles.expand(paths);
            List<Extraction> extractions = new ArrayList<>();
            for (Path file : files) {
                extractions.add(pipeline.extract(file, ReportMetadata.EMPTY));
            }
            log.step(files.size() + " report(s) extracted");
            await(jenaReady);
            List<ReportGraph> graphs = new ArrayList<>();
            for (Extraction x : extractions) {
                graphs.add(pipeline.toRdf(x));
            }
            Reports reports = new Reports(List.copyOf(files), List.copyOf(extractions), List.copyOf(graphs));
            log.step("reports mapped to RDF");
            Ready ready = await(serverSide);
            List<ReportGraph> distinct = reports.distinctGraphs();
            CorpusLoader.loadShared(ready.store());
            distinct.forEach(g -> CorpusLoader.loadReport(ready.store(), g));
            log.step("reports loaded into the store");
            return ready;
        } catch (RuntimeException | Error e) {
            abandoned.set(true);
            throw e;
        }
    }

    private static void serverSide(Function<KnowledgeStore, SparqlServer> server, StartupLog log,
                                   CompletableFuture<Void> jenaReady, CompletableFuture<Ready> result,
                                   AtomicBoolean abandoned) {
        try {
            JenaSystem.init();
            // The vocabularies the mapping matches against are read now, before the other thread
            // needs them, and their Jena classes are initialised on this thread alone.
            ConceptMatcher.indicators();
            ConceptMatcher.sectors();
            UnitVocabulary.standard();
            log.step("Jena initialised, vocabularies read");
            jenaReady.complete(null);
            KnowledgeStore store = KnowledgeStore.inMemory();
            CorpusLoader.loadShared(store);
            log.step("ontology and vocabularies in the store");
            if (abandoned.get()) {
                return;
            }
            SparqlServer built = server.apply(store);
            log.step("server built");
            result.complete(new Ready(store, built));
        } catch (Throwable t) {
            // Either future may be awaited; both carry the failure, whichever comes first.
            jenaReady.completeExceptionally(t);
            result.completeExceptionally(t);
        }
    }

    /** The future's value, or its failure thrown as it was raised. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the server", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
