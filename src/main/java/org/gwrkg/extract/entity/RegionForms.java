package org.gwrkg.extract.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The forms in which a report names a region: in full (某某区, 某某县) and without the word for
 * its level (某某), the way reports usually write it.
 *
 * <pre>{@code
 * RegionForms.of("某某区");          // [某某区, 某某]
 * RegionForms.shortForm("某某县");   // 某某
 * }</pre>
 */
public final class RegionForms {
    private static final Pattern LEVEL = Pattern.compile("(自治县|自治州|自治区|特别行政区|新区|地区|区|县|市|旗|盟|省|州)$");

    private RegionForms() {
    }

    /** The region without the word for its level, or the name itself when that would leave one character. */
    public static String shortForm(String region) {
        String s = LEVEL.matcher(region).replaceFirst("");
        return s.length() >= 2 ? s : region;
    }

    /** The forms of {@code region}, longest first; empty for a null or blank region. */
    public static List<String> of(String region) {
        if (region == null || region.isBlank()) {
            return List.of();
        }
        String shortForm = shortForm(region);
        return shortForm.equals(region) ? List.of(region) : List.of(region, shortForm);
    }
}
