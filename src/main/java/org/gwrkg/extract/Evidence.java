package org.gwrkg.extract;

/**
 * Where a fact was read: the words that state it and their offsets in the normalised text.
 *
 * @param start offset of the quote's first character in the normalised text
 * @param end   offset just past its last character
 * @param quote the words themselves, {@code text.substring(start, end)}
 */
public record Evidence(int start, int end, String quote) {
}
