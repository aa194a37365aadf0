package org.gwrkg.read;

/**
 * One administrative division of China from the GB/T 2260 table ({@link Regions}).
 *
 * <pre>{@code
 * Region r = Regions.standard().byCode("500118").orElseThrow();
 * r.name();          // 永川区
 * r.parentCode();    // 500000 (重庆市)
 * r.wikidataCode();  // "50 01 18", the form of Wikidata property P442
 * }</pre>
 *
 * @param code       the six-digit GB/T 2260 code
 * @param name       the full official name, e.g. 永川区, 北川羌族自治县
 * @param parentCode the code of the division above it, null at province level
 * @param level      1 province, 2 prefecture, 3 county
 */
public record Region(String code, String name, String parentCode, int level) {

    /** Province level (省, 自治区, 直辖市, 特别行政区). */
    public static final int PROVINCE = 1;
    /** Prefecture level (地级市, 自治州, 地区, 盟). */
    public static final int PREFECTURE = 2;
    /** County level (区, 县, 县级市, 旗 …). */
    public static final int COUNTY = 3;

    /**
     * The code as Wikidata's property P442 writes it: pairs of digits separated by spaces, with
     * trailing {@code 00} pairs dropped, so 500118 is "50 01 18", 440300 "44 03" and 500000 "50".
     */
    public String wikidataCode() {
        String c = code;
        while (c.length() > 2 && c.endsWith("00")) {
            c = c.substring(0, c.length() - 2);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < c.length(); i += 2) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(c, i, Math.min(i + 2, c.length()));
        }
        return b.toString();
    }
}
