package org.gwrkg.bench;

/**
 * Loading the report graphs into a fresh TDB2 store with one writer, several reports per
 * transaction as {@code gwrkg load} writes them; the shared graphs (ontology, vocabularies) are put
 * first, untimed.
 *
 * @param throughput   the report graphs' triples over the time of their transactions
 * @param storeTriples all triples in the store afterwards, shared graphs and regions included
 * @param store        the store's size on disk
 */
public record LoadResult(Throughput throughput, long storeTriples, DiskSize store) {
}
