package org.gwrkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gwrkg.bench.CorpusGenerator;
import org.gwrkg.bench.CorpusManifest;
import org.gwrkg.bench.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gwrkg bench corpus}: writes a synthetic corpus of N reports of real regions into a new
 * directory, with {@code corpus.json} describing it ({@link CorpusGenerator} says what the reports
 * are like). The same options give the same files.
 *
 * <pre>{@code
 * java -jar target/gwrkg.jar bench corpus --reports 1000 -o bench-corpus --seed 7
 * }</pre>
 */
@Command(name = "corpus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a synthetic corpus of government work reports of real regions, for benchmarks.")
final class BenchCorpusCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--reports", required = true, paramLabel = "N",
            description = "Number of reports, 1 to " + CorpusGenerator.MAX_REPORTS + "; each region and year once.")
    int reports;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The directory to create: DIR/{code}-{year}.txt and DIR/corpus.json.")
    Path output;

    @Option(names = "--seed", defaultValue = "" + CorpusGenerator.DEFAULT_SEED, paramLabel = "S",
            description = "Seed; the same options give the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-chars", defaultValue = "" + CorpusGenerator.DEFAULT_MIN_CHARS, paramLabel = "N",
            description = "Shortest report in characters (default: ${DEFAULT-VALUE}).")
    int minChars;

    @Option(names = "--max-chars", defaultValue = "" + CorpusGenerator.DEFAULT_MAX_CHARS, paramLabel = "N",
            description = "Longest report in characters (default: ${DEFAULT-VALUE}); lengths are log-normal around 14,000.")
    int maxChars;

    @Option(names = "--force", description = "Replace DIR if it holds a corpus made by this command.")
    boolean force;

    @Override
    public Integer call() {
        CorpusGenerator generator;
        try {
            generator = CorpusGenerator.builder().reports(reports).seed(seed).minChars(minChars).maxChars(maxChars).build();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        checkOutput();
        long start = System.nanoTime();
        CorpusManifest m;
        try {
            m = new CorpusWriter().write(generator, output);
        } catch (UncheckedIOException e) {
            throw new UserException(output + ": cannot write the corpus (" + e.getCause() + "); check the path and free space", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out().printf(Locale.ROOT, "Wrote %d report(s) of %d regions, %d–%d, to %s: %,d characters, %,d figures, in %.1f s (%,.0f characters/s)%n",
                m.reports(), m.files().stream().map(CorpusManifest.Entry::regionCode).distinct().count(), m.firstYear(),
                m.lastYear(), output, m.totalChars(), m.totalFigures(), seconds, m.totalChars() / seconds);
        out().println("Manifest: " + output.resolve(CorpusManifest.FILE));
        return 0;
    }

    /** A new or empty directory, or with --force one this command made; anything else is refused untouched. */
    private void checkOutput() {
        if (!Files.exists(output)) {
            return;
        }
        if (!Files.isDirectory(output)) {
            throw new UserException(output + ": is a file; give a directory for -o");
        }
        boolean empty;
        try (Stream<Path> s = Files.list(output)) {
            empty = s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UserException(output + ": cannot read the directory (" + e.getMessage() + ")");
        }
        if (empty) {
            return;
        }
        if (!force) {
            throw new UserException(output + ": exists and is not empty; give a new directory, or --force to replace a corpus made before");
        }
        if (!Files.isRegularFile(output.resolve(CorpusManifest.FILE))) {
            // --force deletes the directory: only one that this command wrote, never someone's files.
            throw new UserException(output + ": holds no " + CorpusManifest.FILE + ", so it is no corpus made by bench corpus;"
                    + " --force replaces only those: give a new directory");
        }
    }
}
