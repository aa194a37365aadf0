package org.gwrkg.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A fixed word list compiled into two character tries, one read forwards and one backwards, for
 * the lookups the extractors make at every position of a sentence: the longest word that starts,
 * or ends, at a position. Scanning a list of N words with {@code startsWith} costs N comparisons a
 * position; a trie costs at most the length of the longest word, whatever N.
 *
 * <pre>{@code
 * WordTrie bodies = WordTrie.of(List.of("国务院", "国务院办公厅"));
 * bodies.longestAt("国务院办公厅印发", 0);       // 6
 * bodies.longestEndingAt("转发国务院", 5);       // 3
 * }</pre>
 */
public final class WordTrie {
    private final Node forward = new Node();
    private final Node backward = new Node();
    private final Set<String> words;

    private WordTrie(Collection<String> words) {
        this.words = new LinkedHashSet<>();
        for (String w : words) {
            if (!w.isEmpty() && this.words.add(w)) {
                forward.insert(w, false);
                backward.insert(w, true);
            }
        }
    }

    /** The trie of {@code words}; empty strings are ignored. */
    public static WordTrie of(Collection<String> words) {
        return new WordTrie(words);
    }

    /** Whether {@code word} is one of the words. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The words, in the order first given. */
    public List<String> words() {
        return List.copyOf(words);
    }

    /** The length of the longest word starting at {@code pos} in {@code text}, or 0 when none does. */
    public int longestAt(CharSequence text, int pos) {
        int longest = 0;
        Node node = forward;
        for (int i = pos; i < text.length(); i++) {
            node = node.next(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.word) {
                longest = i - pos + 1;
            }
        }
        return longest;
    }

    /** The length of the longest word ending just before {@code end} in {@code text}, or 0 when none does. */
    public int longestEndingAt(CharSequence text, int end) {
        int longest = 0;
        Node node = backward;
        for (int i = end - 1; i >= 0; i--) {
            node = node.next(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.word) {
                longest = end - i;
            }
        }
        return longest;
    }

    /** Whether some word is a prefix of {@code text} whose remainder satisfies {@code rest}. */
    public boolean anyPrefix(String text, Predicate<String> rest) {
        Node node = forward;
        for (int i = 0; i < text.length(); i++) {
            node = node.next(text.charAt(i));
            if (node == null) {
                return false;
            }
            if (node.word && rest.test(text.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A trie node: its children's characters sorted, for a binary search without boxing. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private boolean word;

        void insert(String w, boolean reversed) {
            Node node = this;
            for (int k = 0; k < w.length(); k++) {
                node = node.child(w.charAt(reversed ? w.length() - 1 - k : k));
            }
            node.word = true;
        }

        private Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, children.length - at);
            keys = k;
            children = n;
            return n[at];
        }

        Node next(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }
    }
}
