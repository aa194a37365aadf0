package org.gwrkg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gwrkg.extract.entity.RegionForms;
import org.gwrkg.read.HeaderMetadataParser;
import org.gwrkg.read.Region;
import org.gwrkg.read.Regions;

/**
 * The regions of the GB/T 2260 table that a generated report can belong to, and the draw of
 * distinct (region, year) pairs for a corpus.
 *
 * <p>A region qualifies when at least one way of writing its header resolves back to its code
 * through the reader ({@link HeaderMetadataParser} and {@link Regions#complete}): a name shared
 * within one parent, or one the header parser splits wrongly, is left out rather than given a
 * report the reader would put elsewhere. Taiwan, Hong Kong and Macao are left out (no people's
 * congress report in this form), as are entries that are no administrative unit (island groups).
 * Every region is equally likely, so the levels come out as the table has them: about 88% county
 * level, 10% prefecture level, 1% province level.
 */
final class RegionPool {

    /** The first year reviewed when the corpus needs no more; the last is {@link #LAST_YEAR}. */
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2025;

    private static final List<String> EXCLUDED_PROVINCES = List.of("71", "82", "81");
    private static final String UNIT_WORDS = "(自治区|自治州|自治县|自治旗|特区|林区|地区|省|市|区|县|旗|盟|州)$";

    /** Words for a region by the end of its name, per level: {unit, leader}. */
    private static final Map<String, String[]> BY_SUFFIX = Map.ofEntries(
            Map.entry("1自治区", new String[] {"区", "主席"}), Map.entry("1省", new String[] {"省", "省长"}),
            Map.entry("1市", new String[] {"市", "市长"}),
            Map.entry("2自治州", new String[] {"州", "州长"}), Map.entry("2地区", new String[] {"地区", "专员"}),
            Map.entry("2盟", new String[] {"盟", "盟长"}), Map.entry("2市", new String[] {"市", "市长"}),
            Map.entry("2州", new String[] {"州", "州长"}),
            Map.entry("3自治县", new String[] {"县", "县长"}), Map.entry("3县", new String[] {"县", "县长"}),
            Map.entry("3自治旗", new String[] {"旗", "旗长"}), Map.entry("3旗", new String[] {"旗", "旗长"}),
            Map.entry("3特区", new String[] {"区", "区长"}), Map.entry("3林区", new String[] {"区", "区长"}),
            Map.entry("3区", new String[] {"区", "区长"}), Map.entry("3市", new String[] {"市", "市长"}));

    private final Regions regions;
    private final List<RegionStyle> styles;
    private final int candidates;

    RegionPool(Regions regions) {
        this.regions = regions;
        HeaderMetadataParser parser = new HeaderMetadataParser();
        List<RegionStyle> ok = new ArrayList<>();
        int seen = 0;
        for (Region r : regions.all()) {
            if (EXCLUDED_PROVINCES.contains(r.code().substring(0, 2)) || !r.name().matches(".+" + UNIT_WORDS)) {
                continue;
            }
            seen++;
            List<String> places = new ArrayList<>();
            for (String place : placeForms(r)) {
                if (resolves(parser, r, place)) {
                    places.add(place);
                }
            }
            if (!places.isEmpty()) {
                ok.add(style(r, places));
            }
        }
        this.styles = List.copyOf(ok);
        this.candidates = seen;
    }

    /** The regions that qualify, in code order. */
    List<RegionStyle> styles() {
        return styles;
    }

    /** How many regions were considered before the header check (for the manifest). */
    int candidates() {
        return candidates;
    }

    /** The years of a corpus of {@code n} reports: 2015–2025, reaching further back only when n needs it. */
    int firstYear(int n) {
        int years = Math.max(LAST_YEAR - FIRST_YEAR + 1, (n + styles.size() - 1) / styles.size());
        return LAST_YEAR - years + 1;
    }

    /**
     * {@code n} distinct (region, year) pairs, uniformly among all pairs of the qualifying regions
     * and the years of {@link #firstYear}, sorted by code and year.
     */
    List<Assignment> draw(int n, long seed) {
        int first = firstYear(n);
        int years = LAST_YEAR - first + 1;
        int total = styles.size() * years;
        // A partial Fisher-Yates shuffle of the pair indices: exact, and n draws at most.
        int[] pairs = new int[total];
        Arrays.setAll(pairs, i -> i);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = i + rnd.nextInt(total - i);
            int t = pairs[i];
            pairs[i] = pairs[j];
            pairs[j] = t;
        }
        int[] chosen = Arrays.copyOf(pairs, n);
        Arrays.sort(chosen);
        List<Assignment> out = new ArrayList<>(n);
        for (int p : chosen) {
            RegionStyle style = styles.get(p / years);
            int year = first + p % years;
            out.add(new Assignment(style, year, Pick.mix(seed, style.region().code() + "-" + year)));
        }
        return out;
    }

    /** The forms a header may name the region in, longest first, before the resolution check. */
    private List<String> placeForms(Region r) {
        List<Region> up = regions.ancestors(r);
        List<String> forms = new ArrayList<>();
        StringBuilder chain = new StringBuilder();
        for (int i = up.size() - 1; i >= 0; i--) {
            chain.append(up.get(i).name());
        }
        forms.add(chain + r.name());
        if (up.size() == 2) {
            forms.add(up.get(0).name() + r.name());
        }
        if (!up.isEmpty()) {
            forms.add(r.name());
        }
        return forms;
    }

    private boolean resolves(HeaderMetadataParser parser, Region r, String place) {
        String header = HeaderWriter.probe(place, leaderOf(r));
        Optional<Region> found = Optional.ofNullable(regions.complete(parser.parse(header)).regionCode())
                .flatMap(regions::byCode);
        return found.map(f -> f.code().equals(r.code())).orElse(false);
    }

    private RegionStyle style(Region r, List<String> places) {
        String[] words = wordsOf(r);
        List<Region> up = regions.ancestors(r);
        String upper = up.isEmpty() ? "国" : wordsOf(up.get(0))[0];
        String stem = RegionForms.shortForm(r.name());
        if (stem.contains("族")) {
            stem = r.name();
        }
        Region top = up.isEmpty() ? r : up.get(up.size() - 1);
        String province = RegionForms.shortForm(top.name());
        // 广西壮族自治区 is 广西, 新疆维吾尔自治区 新疆: the ethnic group's name follows two characters.
        if (!province.equals(top.name()) && province.length() > 3) {
            province = province.substring(0, 2);
        }
        return new RegionStyle(r, places, words[0], upper, stem, words[1], province);
    }

    private static String leaderOf(Region r) {
        return wordsOf(r)[1];
    }

    private static String[] wordsOf(Region r) {
        for (String suffix : List.of("自治区", "自治州", "自治县", "自治旗", "特区", "林区", "地区", "省", "市", "区", "县", "旗", "盟", "州")) {
            if (r.name().endsWith(suffix)) {
                String[] w = BY_SUFFIX.get(r.level() + suffix);
                if (w != null) {
                    return w;
                }
            }
        }
        return new String[] {"区", "区长"};
    }

    /** A region and year of the corpus, with the seed of its report. */
    record Assignment(RegionStyle style, int year, long seed) {
    }
}
