package org.gwrkg.nlp;

/**
 * A word of a sentence with its part of speech.
 *
 * @param text  the word
 * @param pos   its part-of-speech tag in the PKU/HanLP tag set (n, v, m, q, ns place, nt organisation, nr person …)
 * @param start offset of its first character in the normalised report text
 * @param end   offset just past its last character
 */
public record Token(String text, String pos, int start, int end) {
}
