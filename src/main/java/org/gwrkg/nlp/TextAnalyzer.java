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

    /**
     * HanLP's own segmenter with organisation and place recognition, {@code HanLP.newSegment()
     * .enableOrganizationRecognize(true).enablePlaceRecognize(true)} (offsets on, so its tokens are
     * those {@link #analyze} gives), with nothing of gwrkg's around it: the reference that
     * {@code gwrkg bench run} compares extraction throughput with. It shares {@link #hanlp()}'s
     * dictionary, domain words included. Not for extraction: it runs names together (see
     * {@code HanLpAnalyzer}).
     */
    static TextAnalyzer hanlpNameRecognizer() {
        return HanLpNameRecognizer.INSTANCE;
    }
}
