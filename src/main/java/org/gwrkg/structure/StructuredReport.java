package org.gwrkg.structure;

import java.util.List;
import org.gwrkg.read.Report;

/**
 * A report split into sections, paragraphs and sentences, each with offsets into
 * {@code report.text()}.
 */
public record StructuredReport(Report report, List<Section> sections, List<Paragraph> paragraphs,
                               List<Sentence> sentences) {
    public StructuredReport {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }
}
