package org.gwrkg.read;

/**
 * What counts as Chinese when reading: ideographs for "is this a report at all", and the
 * wider CJK context (ideographs, CJK and full-width punctuation, curly quotes, dashes)
 * for "is this ASCII punctuation standing in Chinese text".
 */
final class Chinese {

    private Chinese() {
    }

    /** A Han ideograph, e.g. 永; not a punctuation mark. */
    static boolean isIdeograph(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** An ideograph or a mark that only appears in Chinese typesetting, e.g. 永 ， “ —. */
    static boolean isCjk(int codePoint) {
        return isIdeograph(codePoint)
                || (codePoint >= 0x3000 && codePoint <= 0x303F)   // CJK symbols and punctuation
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF)   // full-width forms
                || (codePoint >= 0x2018 && codePoint <= 0x201D)   // curly quotes
                || codePoint == 0x2014 || codePoint == 0x2026;    // —— and ……
    }

    /** How many ideographs {@code text} holds. */
    static long countIdeographs(CharSequence text) {
        return text.codePoints().filter(Chinese::isIdeograph).count();
    }
}
