package org.gwrkg.read;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What is known about a report besides its text: whose report it is, when it was given and
 * which year it reviews. Every field may be null until the sources are merged.
 *
 * <pre>{@code
 * ReportMetadata m = sidecar.orElse(fromHeader).overriddenBy(commandLine);
 * }</pre>
 *
 * @param region     the region's name as the report gives it, e.g. 永川区
 * @param regionCode the GB/T 2260 code, six digits, e.g. 500118
 * @param parent     the parent region's name, e.g. 重庆市
 * @param date       the day the report was given, ISO 8601 (2025-01-13)
 * @param period     the year reviewed, e.g. 2024
 * @param title      the report's title
 * @param speaker    who gave it, e.g. 县长 张明
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportMetadata(String region, String regionCode, String parent, String date,
                             String period, String title, String speaker) {

    /** Metadata with nothing known. */
    public static final ReportMetadata EMPTY = new ReportMetadata(null, null, null, null, null, null, null);

    /** This metadata with every field that {@code other} knows taken from {@code other}. */
    public ReportMetadata overriddenBy(ReportMetadata other) {
        return new ReportMetadata(
                pick(other.region, region), pick(other.regionCode, regionCode), pick(other.parent, parent),
                pick(other.date, date), pick(other.period, period), pick(other.title, title),
                pick(other.speaker, speaker));
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
