package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.WordTrie;

/** Finds the words of a fixed vocabulary in a sentence, longest first, left to right, without overlaps. */
final class Vocabulary {
    private Vocabulary() {
    }

    static List<Span> find(String text, WordTrie words, EntityType type) {
        List<Span> spans = new ArrayList<>();
        for (int pos = 0; pos < text.length(); pos++) {
            int length = words.longestAt(text, pos);
            if (length > 0) {
                spans.add(new Span(pos, pos + length, type, text.substring(pos, pos + length)));
                pos += length - 1;
            }
        }
        return spans;
    }
}
