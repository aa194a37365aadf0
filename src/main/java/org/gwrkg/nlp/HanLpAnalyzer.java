package org.gwrkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link TextAnalyzer} on HanLP portable's dictionary segmenter with place recognition (the portable
 * jar has no models for the perceptron, CRF or dependency parsers). Organisation recognition stays
 * off: in reports it ran verbs, counts and neighbouring names into one "organisation"
 * (共建某某平台/nt, 某国多家企业/nt), and the entity pass reads organisations from their heads instead.
 */
final class HanLpAnalyzer implements TextAnalyzer {

    static final HanLpAnalyzer INSTANCE = new HanLpAnalyzer();

    // HanLP segments are not documented as thread-safe; one per thread keeps batch runs parallel.
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOrganizationRecognize(false)
            .enablePlaceRecognize(true)
            .enableOffset(true));

    private HanLpAnalyzer() {
        addDomainWords();
        loadDictionaries();
    }

    /**
     * HanLP loads its core, bigram, person and place dictionaries at the first sentence it
     * segments; one short sentence here moves that to whoever creates the analyzer, so that a caller
     * can load them on a thread of its choosing (serve does, while Jena starts on another) and the
     * first report is not slower than the rest. The sentence's words are thrown away.
     */
    private void loadDictionaries() {
        segment.get().seg("市政府在新城区召开会议，张华主持。");
    }

    /** Report words HanLP would otherwise split or run into their neighbours (domain-words.txt). */
    private static void addDomainWords() {
        InputStream in = HanLpAnalyzer.class.getResourceAsStream("/org/gwrkg/nlp/domain-words.txt");
        if (in == null) {
            throw new IllegalStateException("missing resource domain-words.txt (a broken build?)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    CustomDictionary.insert(cols[0].strip(), (cols.length > 1 ? cols[1].strip() : "n") + " 1000");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Token> analyze(String text, int offset) {
        return tokens(segment.get().seg(text), offset);
    }

    /** HanLP's terms as tokens, with offsets from {@code offset}; the segment must have offsets enabled. */
    static List<Token> tokens(List<Term> terms, int offset) {
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            int start = offset + term.offset;
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(),
                    start, start + term.word.length()));
        }
        return tokens;
    }
}
