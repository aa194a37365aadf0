package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.gwrkg.extract.EntityType;

/** Finds the words of a fixed vocabulary in a sentence, longest first, left to right, without overlaps. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** @param words the vocabulary, longest first */
    static List<Span> find(String text, List<String> words, EntityType type) {
        List<Span> spans = new ArrayList<>();
        for (int pos = 0; pos < text.length(); pos++) {
            for (String w : words) {
                if (text.startsWith(w, pos)) {
                    spans.add(new Span(pos, pos + w.length(), type, w));
                    pos += w.length() - 1;
                    break;
                }
            }
        }
        return spans;
    }
}
