package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Everything one {@code gwrkg bench run} measured, in one run on one machine; written as JSON.
 *
 * @param started        when the run began (ISO 8601, UTC)
 * @param seconds        how long the whole run took
 * @param machine        the machine, and its load when the run began
 * @param loadAverageEnd the load when it ended
 * @param corpus         the corpus measured
 * @param warmup         the single-threaded warm-up
 * @param extraction     extraction against HanLP, single thread
 * @param rdf            mapping to RDF, single thread, triples
 * @param tdb2Load       loading into a fresh TDB2 store, single writer
 * @param batch          batch extraction and loading on all cores, and its speed-up over one thread
 * @param queries        research query latency on the seed's and the corpus's store
 * @param serveStart     launch of serve to its first answer
 * @param heap           peak heap of this JVM over the run
 * @param scaling        batch time and store size against corpus size, when asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"started", "seconds", "machine", "loadAverageEnd", "corpus", "warmup", "extraction", "rdf", "tdb2Load",
        "batch", "queries", "serveStart", "heap", "scaling"})
public record BenchResult(String started, double seconds, Machine machine, double loadAverageEnd, CorpusInfo corpus,
                          Warmup warmup, ExtractionResult extraction, Throughput rdf, LoadResult tdb2Load,
                          BatchResult batch, LatencyResult queries, ServeStartResult serveStart, HeapResult heap,
                          ScalingResult scaling) {
}
