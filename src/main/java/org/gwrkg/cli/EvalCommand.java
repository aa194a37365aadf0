package org.gwrkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gwrkg.eval.GoldEntity;
import org.gwrkg.eval.GoldMetric;
import org.gwrkg.eval.GoldRelation;
import org.gwrkg.eval.GoldStandard;
import org.gwrkg.eval.MetricPair;
import org.gwrkg.eval.ScoreJson;
import org.gwrkg.eval.ScoreReport;
import org.gwrkg.eval.ScoreTable;
import org.gwrkg.eval.Scorer;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Qualifier;
import org.gwrkg.read.ReportMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg eval}: scores the extraction of one report against a gold file, prints the scores
 * and what was missed, and fails (exit 1) when an F1 or the share of matched metrics with exactly
 * the gold's qualifiers is below a floor, so CI can guard quality.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Score the extraction of FILE against a gold file; exit 1 when a floor is not met.")
final class EvalCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold standard of FILE.")
    Path gold;

    @Option(names = "--json", description = "Print the scores, missed and unmatched items as JSON.")
    boolean json;

    @Option(names = "--min-metrics-f1", paramLabel = "X", description = "Fail when metrics F1 < X.")
    Double minMetrics;

    @Option(names = "--min-entities-f1", paramLabel = "X", description = "Fail when entities F1 < X.")
    Double minEntities;

    @Option(names = "--min-relations-f1", paramLabel = "X", description = "Fail when relations F1 < X.")
    Double minRelations;

    @Option(names = "--min-qualifier-accuracy", paramLabel = "X",
            description = "Fail when fewer than X of the matched metrics carry exactly the gold's qualifiers.")
    Double minQualifiers;

    @Parameters(index = "0", paramLabel = "FILE", description = "The report the gold file annotates.")
    Path file;

    @Override
    public Integer call() {
        // Load the gold first: a broken gold file should fail before the slow extraction.
        GoldStandard goldStandard = GoldStandard.load(gold);
        Extraction x = Reports.extract(List.of(file), ReportMetadata.EMPTY).extractions().get(0);
        ScoreReport report = new Scorer().score(x, goldStandard);
        if (json) {
            out().println(ScoreJson.render(report));
        } else {
            out().print(ScoreTable.render(report));
            printMissed(report);
        }
        out().flush();
        List<String> failed = new ArrayList<>();
        check(report, "metrics", minMetrics, failed);
        check(report, "entities", minEntities, failed);
        check(report, "relations", minRelations, failed);
        if (minQualifiers != null) {
            double share = report.agreement(Scorer.QUALIFIERS_EXACT).share();
            if (share < minQualifiers) {
                failed.add(String.format(Locale.ROOT, "qualifiers exact %.3f < %.3f", share, minQualifiers));
            }
        }
        if (!failed.isEmpty()) {
            err().println("gwrkg: below floor: " + String.join("; ", failed));
            err().flush();
            return Main.EXIT_FLOOR;
        }
        return 0;
    }

    private void printMissed(ScoreReport r) {
        out().printf("%nmissed metrics (%d):%n", r.missedMetrics().size());
        for (GoldMetric m : r.missedMetrics()) {
            out().printf("  %s %s %s %s  [%s]%n", m.indicator(), m.measure().code(), m.value().toPlainString(),
                    m.unit(), m.raw());
        }
        out().printf("qualifier mismatches (%d):%n", r.qualifierMismatches().size());
        for (MetricPair p : r.qualifierMismatches()) {
            out().printf("  %s [%s] gold %s, predicted %s%n", p.gold().indicator(), p.gold().raw(),
                    codes(p.gold().qualifiers()), codes(p.predicted().qualifiers()));
        }
        out().printf("missed entities (%d):%n", r.missedEntities().size());
        for (GoldEntity e : r.missedEntities()) {
            out().printf("  %s %s%n", e.type(), e.name());
        }
        out().printf("missed relations (%d):%n", r.missedRelations().size());
        for (GoldRelation rel : r.missedRelations()) {
            out().printf("  %s %s -> %s%n", rel.type().code(), rel.from(), rel.to());
        }
    }

    private static List<String> codes(Collection<Qualifier> qualifiers) {
        return qualifiers.stream().sorted().map(Qualifier::code).toList();
    }

    private static void check(ScoreReport r, String kind, Double floor, List<String> failed) {
        if (floor == null) {
            return;
        }
        double f1 = r.score(kind).f1();
        if (f1 < floor) {
            failed.add(String.format(Locale.ROOT, "%s F1 %.3f < %.3f", kind, f1, floor));
        }
    }
}
