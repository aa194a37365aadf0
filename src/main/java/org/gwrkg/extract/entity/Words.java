package org.gwrkg.extract.entity;

import java.util.List;
import java.util.Set;
import org.gwrkg.nlp.Token;

/**
 * A sentence and its words, with token offsets relative to the sentence: what each finder of
 * the entity pass reads.
 *
 * @param text   the sentence
 * @param tokens its words, offsets in {@code text}
 */
record Words(String text, List<Token> tokens) {
    private static final Set<String> PROPER = Set.of("nr", "nrf", "nrj", "nz", "ns", "nsf", "j", "nx", "nt", "ntc",
            "ntcf", "ntcb", "ntch", "nto", "ntu", "nts", "nth", "g");
    private static final String QUOTES = "“”‘’「」『』\"";

    Words {
        tokens = List.copyOf(tokens);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** The index of the token that covers offset {@code pos}, or -1. */
    int tokenAt(int pos) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= pos && pos < tokens.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether HanLP took the word for a proper name (a person, place, organisation or other name). */
    static boolean isProper(Token t) {
        return PROPER.contains(t.pos());
    }

    static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    /** {@code s} without quotation marks. */
    static String stripQuotes(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (!isQuote(c)) {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
