package org.gwrkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.List;

/**
 * HanLP's dictionary segmenter with organisation and place recognition and nothing else: the
 * benchmark's reference ({@link TextAnalyzer#hanlpNameRecognizer()}).
 */
final class HanLpNameRecognizer implements TextAnalyzer {

    static final HanLpNameRecognizer INSTANCE = new HanLpNameRecognizer();

    // One segment per thread, as in HanLpAnalyzer.
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOrganizationRecognize(true)
            .enablePlaceRecognize(true)
            .enableOffset(true));

    private HanLpNameRecognizer() {
        // The domain words go into HanLP's shared dictionary when gwrkg's analyzer is made; making it
        // first lets both segment with the same dictionary, whichever is used first.
        TextAnalyzer.hanlp();
    }

    @Override
    public List<Token> analyze(String text, int offset) {
        return HanLpAnalyzer.tokens(segment.get().seg(text), offset);
    }
}
