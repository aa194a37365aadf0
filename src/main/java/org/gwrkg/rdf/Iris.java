package org.gwrkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gwrkg.extract.EntityType;

/**
 * Deterministic instance IRIs: the same input always gives the same IRI, on any machine, so
 * that graphs built twice are identical and graphs built from different reports meet where
 * they name the same thing.
 *
 * <h2>Names in IRIs</h2>
 * Every IRI is {@value GWR#ID} followed by a path. Names (indicators, entities) keep their
 * Chinese characters: IRIs (RFC 3987) allow them, and {@code id/designation/全国文明城区} is
 * readable in a query result. A name is first {@linkplain #normalise normalised}: the quotation
 * marks “ ” 「 」 『 』 " ' and all whitespace (ideographic space included) are removed, and ASCII
 * round brackets become the full-width （ ） that Chinese text normally uses, so 渝昆高铁(渝宜段)
 * and 渝昆高铁（渝宜段） are one node. Then only what an IRI path segment may not contain is
 * percent-encoded as UTF-8 ({@code /}, {@code ?}, {@code #}, {@code %}, space, {@code <>"{}|\^`},
 * controls and code points outside RFC 3987's {@code ucschar}).
 *
 * <h2>The scheme</h2>
 * <table>
 * <caption>instance IRIs, relative to {@value GWR#ID}</caption>
 * <tr><th>node</th><th>path</th><th>scope</th></tr>
 * <tr><td>report, and the named graph that holds its facts</td>
 *     <td>{@code report/{regionCode}-{period}}, e.g. {@code report/500118-2024}; when the code or the
 *     period is unknown {@code report/x-{hash}} with the first 12 hex digits of SHA-256 of the source
 *     file name and the text</td><td>one per report; the part after {@code report/} is the
 *     <em>report key</em></td></tr>
 * <tr><td>region</td><td>{@code region/{adminCode}}</td><td>global: every report and every outside
 *     data set about a district meets at one node</td></tr>
 * <tr><td>data set of a report's figures</td><td>{@code dataset/{reportKey}}</td><td>per report</td></tr>
 * <tr><td>observation</td><td>{@code observation/{reportKey}/{hash}}, 12 hex digits of SHA-256 of
 *     {@code indicator|measure|value|unit|evidence start}</td><td>per report</td></tr>
 * <tr><td>evidence</td><td>{@code evidence/{reportKey}/{start}-{end}}</td><td>per report</td></tr>
 * <tr><td>reified relation (rdf:Statement)</td><td>{@code statement/{reportKey}/{hash}}, 12 hex digits
 *     of SHA-256 of {@code subject|predicate|object|evidence start}</td><td>per report</td></tr>
 * <tr><td>indicator of the standard scheme ({@code ontology/indicators.ttl})</td>
 *     <td>{@code indicator/{notation}}, e.g. {@code indicator/gdp}</td><td>global by concept: every
 *     wording that matches one of its labels (地区生产总值, 生产总值, GDP) meets there</td></tr>
 * <tr><td>indicator worded otherwise</td><td>{@code indicator-wording/{wording}}, the wording without
 *     quotes, spaces and openings such as 全区 or 全年 ({@link ConceptMatcher})</td><td>global by
 *     wording: the concept of the second scheme, {@code vocab/indicator-wordings}</td></tr>
 * <tr><td>sector of the standard scheme ({@code ontology/sectors.ttl})</td><td>{@code sector/{notation}},
 *     e.g. {@code sector/finance}</td><td>global by concept: 金融 and 金融业 meet there</td></tr>
 * <tr><td>sector named otherwise</td><td>{@code sector-wording/{name}}</td><td>global by name, in the
 *     second scheme {@code vocab/sector-wordings}</td></tr>
 * <tr><td>section of GB/T 4754-2017, strategic emerging industry</td><td>{@code gbt4754-2017/{letter}},
 *     {@code sei-2018/{number}}</td><td>global: the national classifications</td></tr>
 * <tr><td>unit where QUDT has none</td><td>{@code unit/{unit code}}, e.g. {@code unit/mu}; other units are
 *     QUDT's ({@code http://qudt.org/vocab/unit/PERCENT}, {@code …/CCY_CNY}), see
 *     {@code ontology/units.ttl}</td><td>global</td></tr>
 * <tr><td>designation</td><td>{@code designation/{name}}</td><td>global by name: the same title won by
 *     two districts meets at one node</td></tr>
 * <tr><td>organisation</td><td>{@code organization/{name}}; but {@code organization/{regionCode}/{name}}
 *     when the name is relative to the region, that is when it starts with 区, 市, 县, 镇, 乡, 省, 州,
 *     全区 or 全市 (区委, 市政府, 区人民医院)</td><td>global by name, or per region</td></tr>
 * <tr><td>project</td><td>{@code project/{regionCode}/{name}}</td><td>per region</td></tr>
 * <tr><td>place</td><td>{@code place/{regionCode}/{name}}</td><td>per region</td></tr>
 * </table>
 * Where a region-scoped IRI is needed but the region's code is unknown, the report key
 * ({@code x-{hash}}) stands in for the code, so the node is scoped to that one report.
 *
 * <h2>Indicators, sectors and units: global by concept</h2>
 * An indicator or a sector is a SKOS concept, one node for every report that names it, whatever its
 * words: {@link ConceptMatcher} matches the wording to the labels of the standard scheme
 * ({@code ontology/indicators.ttl}, {@code ontology/sectors.ttl}), whose concepts are named by their
 * stable notation, not by a label, so that adding a label or changing the preferred one never moves
 * a node. A wording that matches no label is a concept of its own in a second scheme, named by the
 * wording, so that reports using the same words still meet; the observation keeps its words in
 * {@code gwr:indicatorText} either way. Units are QUDT's where QUDT has one, else ours
 * ({@code ontology/units.ttl}).
 */
public final class Iris {

    /** Quotation marks removed from names. */
    private static final String QUOTES = "“”「」『』\"'‘’";

    /** Prefixes that make an organisation's name relative to the region that names it. */
    private static final String[] RELATIVE_PREFIXES = {"全区", "全市", "区", "市", "县", "镇", "乡", "省", "州"};

    private Iris() {
    }

    /** The report key: {@code {regionCode}-{period}}, or {@code x-{hash}} when either is unknown. */
    public static String reportKey(String regionCode, String period, String source, String text) {
        if (!blank(regionCode) && !blank(period)) {
            return segment(regionCode.strip()) + "-" + segment(period.strip());
        }
        return "x-" + sha12((source == null ? "" : source) + (text == null ? "" : text));
    }

    /** The report, also the name of its graph. */
    public static String report(String reportKey) {
        return GWR.ID + "report/" + reportKey;
    }

    /** A region by its GB/T 2260 code. */
    public static String region(String adminCode) {
        return GWR.ID + "region/" + segment(adminCode.strip());
    }

    /** The data set of a report's figures. */
    public static String dataset(String reportKey) {
        return GWR.ID + "dataset/" + reportKey;
    }

    /** An observation. */
    public static String observation(String reportKey, String indicator, String measure, String value,
                                     String unit, int evidenceStart) {
        return GWR.ID + "observation/" + reportKey + "/"
                + sha12(String.join("|", indicator, measure, value, unit, Integer.toString(evidenceStart)));
    }

    /** A piece of evidence. */
    public static String evidence(String reportKey, int start, int end) {
        return GWR.ID + "evidence/" + reportKey + "/" + start + "-" + end;
    }

    /** The reification of a relation. */
    public static String statement(String reportKey, String subject, String predicate, String object,
                                   int evidenceStart) {
        return GWR.ID + "statement/" + reportKey + "/"
                + sha12(String.join("|", subject, predicate, object, Integer.toString(evidenceStart)));
    }

    /** An indicator of the standard scheme by its notation. */
    public static String indicator(String notation) {
        return GWR.ID + "indicator/" + segment(notation);
    }

    /** An indicator of the second scheme by its (normalised) wording. */
    public static String indicatorWording(String wording) {
        return GWR.ID + "indicator-wording/" + name(wording);
    }

    /** A sector of the standard scheme by its notation. */
    public static String sector(String notation) {
        return GWR.ID + "sector/" + segment(notation);
    }

    /** A sector of the second scheme by its (normalised) name. */
    public static String sectorWording(String name) {
        return GWR.ID + "sector-wording/" + name(name);
    }

    /** A unit of ours (one QUDT has not) by its unit code. */
    public static String unit(String code) {
        return GWR.ID + "unit/" + name(code);
    }

    /**
     * An entity. A sector gets the IRI of a name outside the sectors scheme here; the mapper first
     * looks the name up in the scheme ({@link ConceptMatcher#sectors()}).
     *
     * @param scope the region's code, or the report key when the code is unknown
     */
    public static String entity(EntityType type, String name, String scope) {
        String n = name(name);
        return switch (type) {
            case Sector -> sectorWording(name);
            case Designation -> GWR.ID + "designation/" + n;
            case Organization -> isRelative(normalise(name))
                    ? GWR.ID + "organization/" + segment(scope) + "/" + n
                    : GWR.ID + "organization/" + n;
            case Project -> GWR.ID + "project/" + segment(scope) + "/" + n;
            case Place -> GWR.ID + "place/" + segment(scope) + "/" + n;
        };
    }

    /** Whether an organisation's name is relative to the region (区委, 市政府, 全区…). */
    public static boolean isRelative(String normalisedName) {
        for (String p : RELATIVE_PREFIXES) {
            if (normalisedName.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name as it is compared and put into IRIs: without quotation marks and whitespace, with
     * full-width round brackets.
     */
    public static String normalise(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || QUOTES.indexOf(c) >= 0) {
                return;
            }
            if (c == '(') {
                b.append('（');
            } else if (c == ')') {
                b.append('）');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** A normalised name as one IRI path segment; a name that normalises to nothing is {@code _}. */
    private static String name(String name) {
        String n = normalise(name);
        return n.isEmpty() ? "_" : segment(n);
    }

    /**
     * Percent-encodes what an RFC 3987 {@code isegment} may not hold, and nothing else:
     * it keeps {@code iunreserved} (letters, digits, {@code -._~}, {@code ucschar}),
     * {@code sub-delims} and {@code :@}.
     */
    public static String segment(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (allowed(c)) {
                b.appendCodePoint(c);
            } else {
                for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
                }
            }
        });
        return b.toString();
    }

    private static boolean allowed(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
        }
        return ucschar(c);
    }

    /** RFC 3987 {@code ucschar}. */
    private static boolean ucschar(int c) {
        if (c >= 0xA0 && c <= 0xD7FF) {
            return true;
        }
        if (c >= 0xF900 && c <= 0xFDCF) {
            return true;
        }
        if (c >= 0xFDF0 && c <= 0xFFEF) {
            return true;
        }
        if (c >= 0x10000 && c <= 0xEFFFD) {
            int low = c & 0xFFFF;
            int plane = c >> 16;
            return low <= 0xFFFD && (plane <= 0xD || (plane == 0xE && low >= 0x1000));
        }
        return false;
    }

    /** The first 12 hex digits of the SHA-256 of a string's UTF-8 bytes. */
    public static String sha12(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
