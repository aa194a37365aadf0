package org.gwrkg.nlp;

import java.util.ArrayList;
import java.util.List;
import org.gwrkg.structure.Sentence;
import org.gwrkg.structure.StructuredReport;

/**
 * Adds the word layer to a structured report, one sentence at a time.
 *
 * <pre>{@code
 * AnnotatedReport annotated = new Annotator(TextAnalyzer.hanlp()).annotate(structured);
 * }</pre>
 */
public final class Annotator {
    private final TextAnalyzer analyzer;

    public Annotator(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The report with the words of every sentence. */
    public AnnotatedReport annotate(StructuredReport report) {
        List<List<Token>> tokens = new ArrayList<>(report.sentences().size());
        for (Sentence sentence : report.sentences()) {
            tokens.add(analyzer.analyze(sentence.text(), sentence.start()));
        }
        return new AnnotatedReport(report, tokens);
    }
}
