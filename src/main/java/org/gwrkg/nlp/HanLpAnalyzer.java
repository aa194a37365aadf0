package org.gwrkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link TextAnalyzer} on HanLP portable's dictionary segmenter with organisation and place
 * recognition (the portable jar has no models for the perceptron, CRF or dependency parsers).
 */
final class HanLpAnalyzer implements TextAnalyzer {

    static final HanLpAnalyzer INSTANCE = new HanLpAnalyzer();

    // HanLP segments are not documented as thread-safe; one per thread keeps batch runs parallel.
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOrganizationRecognize(true)
            .enablePlaceRecognize(true)
            .enableOffset(true));

    private HanLpAnalyzer() {
    }

    @Override
    public List<Token> analyze(String text, int offset) {
        List<Term> terms = segment.get().seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            int start = offset + term.offset;
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(),
                    start, start + term.word.length()));
        }
        return tokens;
    }
}
