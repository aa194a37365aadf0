package org.gwrkg.extract.entity;

import org.gwrkg.extract.EntityType;

/**
 * A name found in a sentence, with offsets in the sentence, before quotes are stripped.
 *
 * @param start offset of its first character in the sentence
 * @param end   offset just past its last character
 * @param type  the entity type
 * @param name  the text it covers
 */
record Span(int start, int end, EntityType type, String name) {

    Span(String text, int start, int end, EntityType type) {
        this(start, end, type, text.substring(start, end));
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    boolean contains(Span o) {
        return start <= o.start && o.end <= end;
    }
}
