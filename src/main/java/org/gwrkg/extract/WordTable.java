package org.gwrkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Entries of a rule table looked up by the word they are written as: the entry of the longest
 * word that starts, or ends, at a position of a sentence. Of two entries with one word the first
 * wins.
 *
 * <pre>{@code
 * WordTable<Cue> cues = WordTable.of(cueList, Cue::word);
 * Cue cue = cues.at("项目建成投用", 4);      // the cue 建成投用
 * }</pre>
 *
 * @param <V> the entries
 */
public final class WordTable<V> {
    private final Map<String, V> byWord = new HashMap<>();
    private final WordTrie words;

    private WordTable(List<V> entries, Function<V, String> word) {
        for (V v : entries) {
            byWord.putIfAbsent(word.apply(v), v);
        }
        words = WordTrie.of(byWord.keySet());
    }

    /** The table of {@code entries}, each written as {@code word} gives. */
    public static <V> WordTable<V> of(List<V> entries, Function<V, String> word) {
        return new WordTable<>(entries, word);
    }

    /** The entry of the longest word starting at {@code pos} in {@code text}, or null. */
    public V at(String text, int pos) {
        int length = words.longestAt(text, pos);
        return length == 0 ? null : byWord.get(text.substring(pos, pos + length));
    }

    /** The entry of the longest word ending just before {@code end} in {@code text}, or null. */
    public V endingAt(String text, int end) {
        int length = words.longestEndingAt(text, end);
        return length == 0 ? null : byWord.get(text.substring(end - length, end));
    }
}
