package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What {@code corpus.json} says about a generated corpus, so that a benchmark knows what it reads
 * without reading it: the options, how lengths were drawn, and per file the region, year,
 * characters and figures planted. It holds no time or host, so the same options give the same file.
 *
 * <pre>{@code
 * CorpusManifest m = new ObjectMapper().readValue(dir.resolve("corpus.json").toFile(), CorpusManifest.class);
 * m.totalChars();  // characters of all reports
 * }</pre>
 *
 * @param generator          what made it
 * @param seed               the seed
 * @param reports            the number of reports
 * @param minChars           the shortest report allowed
 * @param maxChars           the longest report allowed
 * @param lengthDistribution how each report's target length was drawn
 * @param firstYear          the first year reviewed
 * @param lastYear           the last year reviewed
 * @param regionsAvailable   the regions a report could be of
 * @param totalChars         characters of all reports (Unicode code points, line breaks included)
 * @param totalFigures       figures planted in all reports
 * @param files              one entry per report file, in name order
 */
@JsonPropertyOrder({"generator", "seed", "reports", "minChars", "maxChars", "lengthDistribution", "firstYear", "lastYear",
        "regionsAvailable", "totalChars", "totalFigures", "files"})
public record CorpusManifest(String generator, long seed, int reports, int minChars, int maxChars, String lengthDistribution,
                             int firstYear, int lastYear, int regionsAvailable, long totalChars, long totalFigures,
                             List<Entry> files) {

    /** The file name of the manifest in the corpus directory. */
    public static final String FILE = "corpus.json";

    public CorpusManifest {
        files = List.copyOf(files);
    }

    /**
     * One report file.
     *
     * @param file       its name, {@code {code}-{year}.txt}
     * @param regionCode the GB/T 2260 code
     * @param region     the region's name
     * @param level      1 province, 2 prefecture, 3 county
     * @param year       the year reviewed
     * @param chars      its characters
     * @param figures    figures planted
     * @param projects   project names planted
     * @param companies  company names planted
     */
    @JsonPropertyOrder({"file", "regionCode", "region", "level", "year", "chars", "figures", "projects", "companies"})
    public record Entry(String file, String regionCode, String region, int level, int year, int chars, int figures,
                        int projects, int companies) {
    }
}
