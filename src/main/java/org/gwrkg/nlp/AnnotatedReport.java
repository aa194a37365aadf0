package org.gwrkg.nlp;

import java.util.List;
import org.gwrkg.structure.Sentence;
import org.gwrkg.structure.StructuredReport;

/**
 * A structured report with the words of each sentence: the layer the extractors read.
 *
 * @param structure the report split into sections, paragraphs and sentences
 * @param tokens    the words of each sentence, indexed like {@code structure.sentences()}
 */
public record AnnotatedReport(StructuredReport structure, List<List<Token>> tokens) {
    public AnnotatedReport {
        tokens = tokens.stream().map(List::copyOf).toList();
    }

    /** The sentences of the report, in order. */
    public List<Sentence> sentences() {
        return structure.sentences();
    }

    /** The words of sentence {@code index}. */
    public List<Token> tokensOf(int index) {
        return tokens.get(index);
    }
}
