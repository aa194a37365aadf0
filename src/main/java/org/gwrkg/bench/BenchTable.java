package org.gwrkg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results as a plain-text table for the terminal: each measure with its value and, where
 * issue 8 sets one, its target and whether it was met; then the query latencies per store.
 */
public final class BenchTable {

    private BenchTable() {
    }

    /** Prints {@code r} on {@code out}. */
    public static void print(BenchResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "gwrkg bench run: %d report(s), %,d characters (%s); %d cores, load %.1f at start, %.1f at end; %.0f s%n",
                r.corpus().reports(), r.corpus().chars(), r.corpus().source(), r.machine().cores(),
                r.machine().loadAverage(), r.loadAverageEnd(), r.seconds());
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"measure", "value", "cpu-time value", "target"});
        ExtractionResult x = r.extraction();
        rows.add(new String[] {"extraction, 1 thread", perSecond(x.extraction()), perCpuSecond(x.extraction()), ""});
        rows.add(new String[] {"HanLP org+place segmentation", perSecond(x.hanlp()), perCpuSecond(x.hanlp()), ""});
        rows.add(new String[] {"extraction / HanLP", fixed(x.ratio()), fixed(x.cpuRatio()), target(">= " + fixed(x.target()), x.ratio() >= x.target())});
        rows.add(new String[] {"RDF mapping, 1 thread", perSecond(r.rdf()), perCpuSecond(r.rdf()), ""});
        rows.add(new String[] {"TDB2 load, 1 writer", perSecond(r.tdb2Load().throughput()), perCpuSecond(r.tdb2Load().throughput()), ""});
        rows.add(new String[] {"store on disk, 1 writer", megabytes(r.tdb2Load().store().bytes()), "", ""});
        BatchResult b = r.batch();
        rows.add(new String[] {"batch extract+load, " + b.parallel().threads() + " thread(s)", batch(b.parallel()), "",
                "peak heap " + megabytes(b.parallel().peakHeapBytes())});
        rows.add(new String[] {"batch extract+load, 1 thread", batch(b.oneThread()), "", ""});
        rows.add(new String[] {"batch speed-up", fixed(b.speedUp()), "", target(">= " + fixed(b.target()), b.speedUp() >= b.target())});
        rows.add(new String[] {"batch store on disk", megabytes(b.parallel().store().bytes()), "", ""});
        ServeStartResult s = r.serveStart();
        rows.add(new String[] {"serve launch to first answer", s.skipped() != null ? "skipped" : String.format(Locale.ROOT,
                "%.2f s median of %d", s.medianMs() / 1000, s.launches()), "",
                s.skipped() != null ? "" : target(String.format(Locale.ROOT, "<= %.1f s", s.targetMs() / 1000), s.medianMs() <= s.targetMs())});
        rows.add(new String[] {"peak heap (sum of pool peaks)", megabytes(r.heap().peakHeapBytes()) + " of " + megabytes(r.heap().maxHeapBytes()), "", ""});
        print(rows, out);
        if (s.skipped() != null) {
            out.println("serve launch skipped: " + s.skipped());
        }

        out.println();
        LatencyResult q = r.queries();
        out.printf(Locale.ROOT, "query latency, ms (%d warm-up + %d runs; target: median < %.0f ms on 1,000 reports; left out: %s)%n",
                q.warmups(), q.runs(), q.targetMedianMs(), q.skipped());
        List<String[]> latency = new ArrayList<>();
        latency.add(new String[] {"query", "seed median", "seed p99", "rows", "corpus median", "corpus p99", "rows"});
        for (int i = 0; i < q.seed().size(); i++) {
            QueryTiming seed = q.seed().get(i);
            QueryTiming corpus = q.corpus().get(i);
            latency.add(new String[] {seed.query(), ms(seed, seed.medianMs()), ms(seed, seed.p99Ms()), rows(seed),
                    ms(corpus, corpus.medianMs()), ms(corpus, corpus.p99Ms()), rows(corpus)});
        }
        print(latency, out);
        for (List<QueryTiming> store : List.of(q.seed(), q.corpus())) {
            store.stream().filter(t -> t.error() != null).forEach(t -> out.println(t.query() + ": " + t.error()));
        }
        if (r.scaling() != null) {
            out.println();
            out.println("scaling (batch extraction and loading, " + b.parallel().threads() + " thread(s); plot: " + r.scaling().plot() + ")");
            List<String[]> scale = new ArrayList<>();
            scale.add(new String[] {"reports", "chars", "triples", "seconds", "store", "peak heap"});
            for (ScalingResult.Point p : r.scaling().points()) {
                scale.add(new String[] {Integer.toString(p.reports()), String.format(Locale.ROOT, "%,d", p.chars()),
                        String.format(Locale.ROOT, "%,d", p.triples()), String.format(Locale.ROOT, "%.1f", p.seconds()),
                        megabytes(p.store().bytes()), megabytes(p.peakHeapBytes())});
            }
            print(scale, out);
        }
        out.flush();
    }

    private static String perSecond(Throughput t) {
        return String.format(Locale.ROOT, "%,.0f %s/s", t.perSecond(), t.unit());
    }

    private static String perCpuSecond(Throughput t) {
        return String.format(Locale.ROOT, "%,.0f %s/s", t.perCpuSecond(), t.unit());
    }

    private static String batch(BatchRun run) {
        return String.format(Locale.ROOT, "%.1f s, %,.0f chars/s", run.seconds(), run.charsPerSecond());
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }

    private static String target(String target, boolean met) {
        return target + (met ? " met" : " MISSED");
    }

    private static String ms(QueryTiming t, double v) {
        return t.error() != null ? "error" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String rows(QueryTiming t) {
        return t.error() != null ? "" : Long.toString(t.rows());
    }

    /** Columns padded to their widest cell; the first left-aligned, the others right-aligned. */
    private static void print(List<String[]> rows, PrintWriter out) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
