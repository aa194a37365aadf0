package org.gwrkg.bench;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gwrkg.read.Regions;

/**
 * Makes a synthetic corpus of government work reports for benchmarks: reports of real regions
 * (GB/T 2260 codes of the table the reader ships), each (region, year) once, in the style of real
 * ones, with figures, projects, companies, sectors, designations and places written from the
 * templates and vocabularies under {@code src/main/resources/org/gwrkg/bench/}. Deterministic: the
 * same options give the same reports, character for character, on any machine and in any order of
 * generation, since each report draws from a seed of its own (the corpus seed mixed with its code
 * and year).
 *
 * <pre>{@code
 * CorpusGenerator g = CorpusGenerator.builder().reports(1000).seed(2025).build();
 * g.stream().forEach(r -> Files.writeString(dir.resolve(r.fileName()), r.text()));
 * }</pre>
 *
 * <p>Lengths: each report aims at a length drawn from a log-normal distribution with median 14,000
 * characters and σ = 0.35, truncated to [min, max] (68% of reports between 10,000 and 20,000
 * characters, a tail to 40,000 with the defaults). Years reviewed: 2015 to 2025, reaching further
 * back only when the corpus has more reports than regions times eleven years.
 */
public final class CorpusGenerator {

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 2025;
    /** The shortest report by default, in characters. */
    public static final int DEFAULT_MIN_CHARS = 5_000;
    /** The longest report by default, in characters. */
    public static final int DEFAULT_MAX_CHARS = 40_000;
    /** The most reports of one corpus. */
    public static final int MAX_REPORTS = 100_000;
    /** The least a report may be asked to have: its fixed parts need about 2,000 characters. */
    public static final int LEAST_CHARS = 3_000;
    /** The least gap between minimum and maximum, so that a report can end between them. */
    public static final int LEAST_SPREAD = 500;
    /** The most a report may be asked to have: five times the longest real ones, well within the reader's 2 MiB. */
    public static final int MOST_CHARS = 200_000;

    private final int reports;
    private final long seed;
    private final int minChars;
    private final int maxChars;
    private final Parts parts;
    private final ReportComposer composer;
    private final List<RegionPool.Assignment> plan;

    private CorpusGenerator(Builder b) {
        this.reports = b.reports;
        this.seed = b.seed;
        this.minChars = b.minChars;
        this.maxChars = b.maxChars;
        this.parts = Parts.get();
        this.composer = new ReportComposer(parts.templates, parts.expander, parts.names, minChars, maxChars);
        this.plan = parts.regions.draw(reports, seed);
    }

    /** A builder with the defaults: seed 2025, 5,000 to 40,000 characters; the number of reports is required. */
    public static Builder builder() {
        return new Builder();
    }

    public int reports() {
        return reports;
    }

    public long seed() {
        return seed;
    }

    public int minChars() {
        return minChars;
    }

    public int maxChars() {
        return maxChars;
    }

    /** The first year reviewed in this corpus. */
    public int firstYear() {
        return parts.regions.firstYear(reports);
    }

    /** The last year reviewed in this corpus. */
    public int lastYear() {
        return RegionPool.LAST_YEAR;
    }

    /** The regions a report can be of (those whose header the reader resolves), of all considered. */
    public int regionsAvailable() {
        return parts.regions.styles().size();
    }

    /** The regions considered before the header check. */
    public int regionsConsidered() {
        return parts.regions.candidates();
    }

    /** How report lengths are drawn, in words. */
    public String lengthDistribution() {
        return composer.lengths().describe();
    }

    /** The {@code i}-th report in file-name order (code, then year). */
    public GeneratedReport generate(int i) {
        return composer.compose(plan.get(i));
    }

    /** All reports in file-name order, each made when asked for; parallel streams give the same reports. */
    public Stream<GeneratedReport> stream() {
        return IntStream.range(0, reports).mapToObj(this::generate);
    }

    /** Options of a corpus, checked by {@link #build}. */
    public static final class Builder {
        private int reports;
        private long seed = DEFAULT_SEED;
        private int minChars = DEFAULT_MIN_CHARS;
        private int maxChars = DEFAULT_MAX_CHARS;

        private Builder() {
        }

        public Builder reports(int n) {
            this.reports = n;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder minChars(int n) {
            this.minChars = n;
            return this;
        }

        public Builder maxChars(int n) {
            this.maxChars = n;
            return this;
        }

        /**
         * The generator.
         *
         * @throws IllegalArgumentException with a message for the person, when an option is out of range
         */
        public CorpusGenerator build() {
            if (reports < 1 || reports > MAX_REPORTS) {
                throw new IllegalArgumentException("--reports " + reports + ": give a number from 1 to " + MAX_REPORTS);
            }
            if (minChars < LEAST_CHARS || maxChars > MOST_CHARS) {
                throw new IllegalArgumentException("--min-chars " + minChars + " --max-chars " + maxChars
                        + ": lengths must lie between " + LEAST_CHARS + " and " + MOST_CHARS + " characters");
            }
            if (maxChars < minChars + LEAST_SPREAD) {
                throw new IllegalArgumentException("--max-chars " + maxChars + " must be at least --min-chars " + minChars
                        + " + " + LEAST_SPREAD);
            }
            return new CorpusGenerator(this);
        }
    }

    /** The data every corpus shares, read and checked once: templates, vocabularies, names, regions. */
    private static final class Parts {
        private static Parts instance;

        final Templates templates;
        final NameMaker names;
        final Expander expander;
        final RegionPool regions;

        private Parts() {
            templates = Templates.standard();
            names = NameMaker.standard();
            IndicatorTable indicators = IndicatorTable.standard();
            expander = new Expander(templates, indicators, names, SectorLabels.of(templates));
            regions = new RegionPool(Regions.standard());
        }

        static synchronized Parts get() {
            if (instance == null) {
                instance = new Parts();
            }
            return instance;
        }
    }
}
