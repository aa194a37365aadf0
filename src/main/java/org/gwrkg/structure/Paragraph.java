package org.gwrkg.structure;

/**
 * One paragraph of a report: a block of text between line breaks, with lines that a page
 * layout had broken mid-sentence joined again.
 *
 * @param index   position among the report's paragraphs, from 0
 * @param start   offset of its first character in the normalised text
 * @param end     offset just past its last character
 * @param section index of the innermost section it lies in, or -1 before the first heading
 */
public record Paragraph(int index, int start, int end, int section) {
}
