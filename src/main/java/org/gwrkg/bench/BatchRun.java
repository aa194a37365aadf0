package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.gwrkg.batch.LoadSummary;

/**
 * One batch load of the corpus into a fresh TDB2 store by {@code org.gwrkg.batch.BatchLoader}, as
 * {@code gwrkg load --threads N} runs it.
 *
 * @param threads        threads extracting (the calling thread writes besides)
 * @param reports        reports loaded
 * @param triples        triples of their graphs
 * @param transactions   write transactions
 * @param seconds        the whole load, from the first file read to the last commit
 * @param charsPerSecond the corpus's characters (as decoded, as everywhere in the results) over {@code seconds}
 * @param readSeconds    reading and checking every file first
 * @param extractSeconds extracting and mapping, summed over the extracting threads
 * @param writeSeconds   writing and committing, on the writing thread
 * @param store          the store on disk afterwards
 * @param peakHeapBytes  peak heap during the load (sum of the heap pools' peaks)
 */
@JsonPropertyOrder({"threads", "reports", "triples", "transactions", "seconds", "charsPerSecond", "readSeconds", "extractSeconds",
        "writeSeconds", "store", "peakHeapBytes"})
public record BatchRun(int threads, int reports, long triples, int transactions, double seconds, double charsPerSecond,
                       double readSeconds, double extractSeconds, double writeSeconds, DiskSize store, long peakHeapBytes) {

    static BatchRun of(LoadSummary s, long chars, DiskSize store, long peakHeapBytes) {
        return new BatchRun(s.threads(), s.reports(), s.triples(), s.transactions(), s.seconds(),
                s.seconds() > 0 ? chars / s.seconds() : 0, s.readSeconds(), s.extractSeconds(), s.writeSeconds(), store, peakHeapBytes);
    }
}
