package org.gwrkg.nlp;

import java.util.List;

/**
 * Splits Chinese text into words with parts of speech and recognises names of places.
 * The only door to the segmenter: nothing outside this package calls HanLP.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = TextAnalyzer.hanlp();
 * List<Token> tokens = analyzer.analyze("长城汽车整车下线突破100万辆。", 120);
 * // tokens.get(0): 长城汽车 … offsets from 120
 * }</pre>
 */
public interface TextAnalyzer {

    /**
     * The words of {@code text}, in order, covering it without gaps.
     *
     * @param text   a sentence of normalised report text
     * @param offset the offset of {@code text} in the report, added to every token's offsets
     */
    List<Token> analyze(String text, int offset);

    /** The analyzer backed by HanLP portable, with place recognition. */
    static TextAnalyzer hanlp() {
        return HanLpAnalyzer.INSTANCE;
    }
}
