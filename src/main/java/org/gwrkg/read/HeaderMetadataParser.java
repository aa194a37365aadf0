package org.gwrkg.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a report says about itself in its first lines: the title, the dateline, the
 * speaker, and the year its review covers.
 *
 * <pre>{@code
 * ReportMetadata m = new HeaderMetadataParser().parse(normalisedText);
 * m.region();  // 永川区, from 重庆市永川区人民政府工作报告
 * m.date();    // 2025-01-13, from ——2025年1月13日在……会议上
 * }</pre>
 *
 * The region code stays null: names are not unique, codes come from a table elsewhere.
 */
public final class HeaderMetadataParser {

    /** The header ends at the first part heading; reports without one get this many lines. */
    private static final int MAX_HEADER_LINES = 12;

    private static final Pattern PART_HEADING = Pattern.compile("^[一二三四五六七八九十]+、");
    // The year may stand before or after the place (2025年永川区…, 深圳市龙岗区2025年…), and a
    // note in brackets may follow (（节选）, （摘要）).
    private static final Pattern TITLE = Pattern.compile(
            "^(?:(\\d{4})年)?(.*?)(?:(\\d{4})年度?)?(?:人民)?政府工作报告(?:[（(][^）)]*[）)])?$");
    private static final Pattern DATELINE = Pattern.compile("^——\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    /** The place whose people's congress heard the report: 在重庆市永川区第十八届人民代表大会…. */
    private static final Pattern CONGRESS = Pattern.compile("在(.+?)第[一二三四五六七八九十\\d]+届人民代表大会");
    private static final Pattern SPEAKER = Pattern.compile(
            "^(?:(.*?)人民政府|(.{0,20}?))\\s*(?:代理)?(?:[省市区县州旗盟]长|主席|专员)\\s*[\\p{IsHan}·]{2,5}$");
    private static final Pattern REVIEW_YEAR = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、)?\\s*(\\d{4})年(?:政府)?工作回顾");

    /**
     * A place name as nested administrative units: province level, prefecture level, county
     * level, each optional. Names of the upper two levels have at least two characters
     * before their suffix, so that 广州市 is one unit and not 广州 + 市.
     */
    private static final Pattern UNITS = Pattern.compile(
            "^(.{2,}?(?:省|自治区|特别行政区))?"
                    + "(.{2,}?(?:自治州|地区|州|盟|市))?"
                    + "(.+?(?:自治县|自治旗|区|县|旗|市))?$");

    /** The metadata found in the header of {@code text}; fields it cannot find stay null. */
    public ReportMetadata parse(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        List<String> header = headerLines(lines);
        String title = null;
        String titleYear = null;
        String place = null;
        String date = null;
        String speaker = null;
        String congressPlace = null;
        for (String line : header) {
            Matcher m;
            if (title == null && (m = TITLE.matcher(line)).find()) {
                title = line;
                titleYear = m.group(1) != null ? m.group(1) : m.group(3);
                place = emptyToNull(m.group(2));
            } else if (date == null && (m = DATELINE.matcher(line)).find()) {
                date = String.format("%s-%02d-%02d", m.group(1),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                Matcher congress = CONGRESS.matcher(line);
                congressPlace = congress.find() ? congress.group(1) : null;
            } else if (speaker == null && (m = SPEAKER.matcher(line)).find()) {
                speaker = line;
                if (place == null) {
                    place = emptyToNull(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        if (place == null) {
            place = congressPlace;
        }
        Place region = Place.of(place);
        return new ReportMetadata(region.name(), null, region.parent(), date,
                period(lines, date != null ? date : titleYear), title, speaker);
    }

    private static List<String> headerLines(List<String> lines) {
        int end = 0;
        while (end < lines.size() && end < MAX_HEADER_LINES && !PART_HEADING.matcher(lines.get(end)).find()) {
            end++;
        }
        return lines.subList(0, end);
    }

    /**
     * The year of a heading like 2024年工作回顾, else the year before the report was given (the
     * dateline's, else the title's year).
     */
    private static String period(List<String> lines, String given) {
        for (String line : lines) {
            Matcher m = REVIEW_YEAR.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return given == null ? null : String.valueOf(Integer.parseInt(given.substring(0, 4)) - 1);
    }

    /** A region's own name and the name of the unit above it, either may be null. */
    private record Place(String name, String parent) {

        /** The last administrative unit of {@code place} and its parent: 河南省郏县 gives 郏县 in 河南省. */
        static Place of(String place) {
            if (place == null) {
                return new Place(null, null);
            }
            Matcher m = UNITS.matcher(place);
            String name = null;
            String parent = null;
            if (m.matches()) {
                for (int group = 1; group <= m.groupCount(); group++) {
                    if (m.group(group) != null) {
                        parent = name;
                        name = m.group(group);
                    }
                }
            }
            return name == null ? new Place(place, null) : new Place(name, parent);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
