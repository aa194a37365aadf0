package org.gwrkg.batch;

import java.util.Locale;

/**
 * What a batch load did and how long each part took, for the summary line and for benchmarks
 * (characters and triples per second, and the speed-up of N threads over 1 from two runs).
 * Extraction and writing overlap: {@link #seconds} is the whole run's wall time, the parts are busy times.
 *
 * @param reports        reports loaded
 * @param chars          their characters in all (normalised text)
 * @param triples        the triples of their graphs (without the ontology, vocabularies and regions)
 * @param transactions   write transactions committed for them (1 for a new store, written in bulk)
 * @param threads        threads extracting
 * @param readSeconds    reading and checking every file, before anything is extracted or written
 * @param extractSeconds reading again, extracting and mapping to RDF, summed over the extracting threads
 * @param writeSeconds   writing into the store and committing, on the one writing thread
 * @param seconds        the whole run, from the first file read to the last commit
 * @param extractCpuSeconds the CPU time of {@code extractSeconds}: on a machine shared with other work
 *                          it stays what the work costs while the wall time grows
 * @param writeCpuSeconds   the CPU time of {@code writeSeconds}
 */
public record LoadSummary(int reports, long chars, long triples, int transactions, int threads,
                          double readSeconds, double extractSeconds, double writeSeconds, double seconds,
                          double extractCpuSeconds, double writeCpuSeconds) {

    /** Characters loaded per second of the whole run. */
    public double charsPerSecond() {
        return seconds > 0 ? chars / seconds : 0;
    }

    /** Triples loaded per second of the whole run. */
    public double triplesPerSecond() {
        return seconds > 0 ? triples / seconds : 0;
    }

    /**
     * One line for people, e.g. {@code Loaded 1000 reports (17.1 M chars, 12.9 M triples) in 2 min 41 s:
     * 106 k chars/s, 80 k triples/s, 2 threads}.
     */
    public String line() {
        return "Loaded " + reports + (reports == 1 ? " report" : " reports") + " (" + amount(chars) + " chars, "
                + amount(triples) + " triples) in " + duration(seconds) + ": " + amount(Math.round(charsPerSecond()))
                + " chars/s, " + amount(Math.round(triplesPerSecond())) + " triples/s, " + threads
                + (threads == 1 ? " thread" : " threads");
    }

    /**
     * Where the time went, e.g. {@code read 3.1 s; extract 3 min 32 s (CPU 2 min 58 s) on 2 threads;
     * write 2 min 30 s (CPU 2 min 21 s) in 52 transactions}: a write time near the whole run's means the
     * one writer set the pace.
     */
    public String details() {
        return "read " + duration(readSeconds) + "; extract " + duration(extractSeconds) + " (CPU "
                + duration(extractCpuSeconds) + ") on " + threads + (threads == 1 ? " thread" : " threads") + "; write "
                + duration(writeSeconds) + " (CPU " + duration(writeCpuSeconds) + ") in " + transactions
                + (transactions == 1 ? " transaction" : " transactions");
    }

    /** Exact below ten thousand, so small loads can be checked by eye; rounded to k or M above. */
    static String amount(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, n < 100_000 ? "%.1f k" : "%.0f k", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f M", n / 1e6);
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s / 60 + " min " + s % 60 + " s";
    }
}
