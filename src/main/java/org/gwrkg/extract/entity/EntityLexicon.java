package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Lexicons;

/**
 * The general vocabularies the entity pass reads from {@code org/gwrkg/extract/entity/}: name
 * heads and their types, words a name does not reach across, generic words, fixed organisation
 * names, company-name heads, sectors, and the triggers and heads of designations. None of them
 * lists a particular report's names.
 */
final class EntityLexicon {
    private static final String DIR = "/org/gwrkg/extract/entity/";

    /** A head that ends a name. */
    record Suffix(String word, EntityType type, boolean ambiguous) {
    }

    /** A verb that introduces a designation. */
    record Trigger(String word, boolean designationFollows, boolean strong) {
    }

    final List<Suffix> suffixes = new ArrayList<>();
    final Set<String> boundaries = new HashSet<>(Lexicons.words(DIR + "boundaries.txt"));
    final List<String> cutWords = longestFirst(Lexicons.tsv(DIR + "boundaries.txt").stream()
            .filter(r -> r.length > 1 && "cut".equals(r[1].strip())).map(r -> r[0].strip()).toList());
    final Set<String> genericWords = new HashSet<>(Lexicons.words(DIR + "generic-words.txt"));
    final List<String> organizations = longestFirst(Lexicons.words(DIR + "organizations.tsv"));
    final Set<String> companyHeads = new HashSet<>(Lexicons.words(DIR + "company-heads.txt"));
    final List<String> sectors = longestFirst(Lexicons.words(DIR + "sectors.tsv"));
    final List<Trigger> triggers = new ArrayList<>();
    final List<String> designationHeads = longestFirst(Lexicons.words(DIR + "designation-heads.txt"));
    private final Map<String, Suffix> suffixByWord = new HashMap<>();

    private static final EntityLexicon STANDARD = new EntityLexicon();

    private EntityLexicon() {
        for (String[] r : Lexicons.tsv(DIR + "suffixes.tsv")) {
            Suffix s = new Suffix(r[0], EntityType.valueOf(r[1]), r.length > 2 && "ambiguous".equals(r[2]));
            suffixes.add(s);
            suffixByWord.put(s.word(), s);
        }
        suffixes.sort(Comparator.comparingInt((Suffix s) -> s.word().length()).reversed());
        for (String[] r : Lexicons.tsv(DIR + "designation-triggers.tsv")) {
            triggers.add(new Trigger(r[0], "after".equals(r[1]), "strong".equals(r[2])));
        }
        triggers.sort(Comparator.comparingInt((Trigger t) -> t.word().length()).reversed());
    }

    static EntityLexicon standard() {
        return STANDARD;
    }

    /** The longest head that {@code text} ends with, or null. */
    Suffix suffixEnding(String text) {
        for (Suffix s : suffixes) {
            if (text.endsWith(s.word())) {
                return s;
            }
        }
        return null;
    }

    boolean endsWithDesignationHead(String text) {
        return designationHeads.stream().anyMatch(text::endsWith);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
