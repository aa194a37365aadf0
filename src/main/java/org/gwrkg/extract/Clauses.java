package org.gwrkg.extract;

/**
 * Clause boundaries of a sentence: the passes read a figure, a name or a cue within the clause
 * it stands in, between ，；：。！？.
 */
public final class Clauses {
    /** The punctuation that ends a clause. */
    public static final String ENDS = "，；：。！？";

    private Clauses() {
    }

    /** Offset of the first character of the clause holding {@code pos}. */
    public static int start(String text, int pos) {
        for (int p = pos - 1; p >= 0; p--) {
            if (ENDS.indexOf(text.charAt(p)) >= 0) {
                return p + 1;
            }
        }
        return 0;
    }

    /** Offset of the punctuation that ends the clause holding {@code pos}, or the text's length. */
    public static int end(String text, int pos) {
        int p = pos;
        while (p < text.length() && ENDS.indexOf(text.charAt(p)) < 0) {
            p++;
        }
        return p;
    }
}
