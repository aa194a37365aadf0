package org.gwrkg.bench;

/**
 * The single-threaded pass over the corpus.
 *
 * @param warmup     what ran before timing
 * @param extraction extraction against HanLP
 * @param rdf        mapping the extractions to RDF ({@code Pipeline.toRdf}), in triples
 * @param load       loading the graphs into TDB2
 */
public record SingleThreadResult(Warmup warmup, ExtractionResult extraction, Throughput rdf, LoadResult load) {
}
