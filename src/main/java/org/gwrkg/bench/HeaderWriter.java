package org.gwrkg.bench;

import java.util.SplittableRandom;

/**
 * The lines a report opens with: title, dateline with the session of the people's congress that
 * heard it, and the speaker, in the forms {@code org.gwrkg.read.HeaderMetadataParser} reads:
 *
 * <pre>
 * 浙江省丽水市松阳县人民政府工作报告
 * ——2025年1月14日在浙江省丽水市松阳县第十八届人民代表大会第四次会议上
 * 浙江省丽水市松阳县人民政府县长 某某某
 * </pre>
 *
 * The report is given early in the year after the one it reviews; congress terms last five years.
 */
final class HeaderWriter {

    private static final String NOTE = "本文为gwrkg生成的合成样本：地区与代码真实，数字、名称与事项均为生成，不是真实报告。";
    private static final String DIGITS = "零一二三四五六七八九";

    private HeaderWriter() {
    }

    /** The header of a report of {@code style}'s region reviewing {@code year}, given by {@code person}. */
    static String write(RegionStyle style, int year, String person, SplittableRandom rnd) {
        String place = Pick.one(rnd, style.places());
        int given = year + 1;
        int month = Pick.chance(rnd, 0.7) ? 1 : Pick.chance(rnd, 0.85) ? 2 : 3;
        int day = Pick.between(rnd, month == 1 ? 4 : 1, 28);
        String title = Pick.chance(rnd, 0.9) ? place + "人民政府工作报告" : place + "政府工作报告";
        String leader = (Pick.chance(rnd, 0.06) ? "代理" : "") + style.leader();
        return NOTE + "\n\n" + title + "\n\n"
                + "——" + given + "年" + month + "月" + day + "日在" + place + session(style, given) + "上\n\n"
                + place + "人民政府" + leader + " " + person + "\n\n";
    }

    /** A header of the least the reader needs, to check that {@code place} resolves. */
    static String probe(String place, String leader) {
        return place + "人民政府工作报告\n——2025年1月10日在" + place + "第十八届人民代表大会第四次会议上\n"
                + place + "人民政府" + leader + " 王明\n一、2024年工作回顾\n";
    }

    /** 第十八届人民代表大会第四次会议: the term from the region's code and the year, the session within it. */
    private static String session(RegionStyle style, int given) {
        int offset = Math.floorDiv(given - 2017, 5);
        int base = style.region().level() == 1 ? 13 : 15 + Math.floorMod(style.region().code().hashCode(), 4);
        int term = Math.max(1, base + offset);
        int meeting = Math.floorMod(given - 2017, 5) + 1;
        return "第" + numeral(term) + "届人民代表大会第" + numeral(meeting) + "次会议";
    }

    /** 1 to 99 in Chinese numerals: 四, 十八, 二十一. */
    static String numeral(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
