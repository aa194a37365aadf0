package org.gwrkg.structure;

/**
 * One sentence of a report, ended by 。！？ or the end of its paragraph.
 *
 * @param index     position among the report's sentences, from 0
 * @param start     offset of its first character in the normalised text
 * @param end       offset just past its last character (its closing punctuation included)
 * @param text      the sentence itself, {@code report.text().substring(start, end)}
 * @param paragraph index of the paragraph it belongs to
 */
public record Sentence(int index, int start, int end, String text, int paragraph) {
}
