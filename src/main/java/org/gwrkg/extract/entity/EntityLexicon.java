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
import org.gwrkg.extract.WordTable;
import org.gwrkg.extract.WordTrie;

/**
 * The general vocabularies the entity pass reads from {@code org/gwrkg/extract/entity/}: name
 * heads and their types, words a name does not reach across, generic words, fixed organisation
 * names, company-name heads, sectors, places, and the triggers and heads of designations. None
 * of them lists a particular report's names.
 */
final class EntityLexicon {
    private static final String DIR = "/org/gwrkg/extract/entity/";

    /**
     * A head that ends a name.
     *
     * @param ambiguous a status cue after the name makes it a Project, an organisation cue an Organization
     * @param proper    the words before the head must hold a proper name
     * @param authority it heads the name of a government body or a medium
     * @param legal     a legal form, before which the name may be cut into characters of any kind
     * @param line      a thing along a line, named by the places it joins and followed by its section
     */
    record Suffix(String word, EntityType type, boolean ambiguous, boolean proper, boolean authority, boolean legal,
                  boolean line) {
    }

    /** A verb that introduces a designation. */
    record Trigger(String word, boolean designationFollows, Strength strength) {
    }

    /** What a trigger needs to see to take what it introduces as a designation. */
    enum Strength {
        /** anything */
        STRONG,
        /** a designation head at the end */
        WEAK,
        /** a level of government at the start */
        LISTED
    }

    final List<Suffix> suffixes = new ArrayList<>();
    private final WordTable<Suffix> suffixTable;
    final List<String> headExclusions = Lexicons.words(DIR + "head-exclusions.txt");
    final Set<String> boundaries = new HashSet<>(Lexicons.words(DIR + "boundaries.txt"));
    final List<String> cutWords = longestFirst(Lexicons.tsv(DIR + "boundaries.txt").stream()
            .filter(r -> r.length > 1 && "cut".equals(r[1].strip())).map(r -> r[0].strip()).toList());
    final Set<String> genericWords = new HashSet<>(Lexicons.words(DIR + "generic-words.txt"));
    final WordTrie organizations = WordTrie.of(Lexicons.words(DIR + "organizations.tsv"));
    final Map<String, String> organizationKinds = new HashMap<>();
    final Set<String> companyHeads = new HashSet<>(Lexicons.words(DIR + "company-heads.txt"));
    final WordTrie sectors = WordTrie.of(Lexicons.words(DIR + "sectors.tsv"));
    final List<String> sectorModifiers;
    final List<String> sectorListLeads;
    final List<Trigger> triggers = new ArrayList<>();
    final WordTable<Trigger> triggerTable;
    final List<String> designationHeads = longestFirst(Lexicons.words(DIR + "designation-heads.txt"));
    final List<String> designationLevels = longestFirst(Lexicons.words(DIR + "designation-levels.txt"));
    final List<String> ranks = longestFirst(Lexicons.words(DIR + "designation-ranks.txt"));
    final List<String> regions;
    final WordTrie regionTrie;
    final Set<String> notPlaces;
    final WordTrie slogans;
    final List<String> provinces;
    private final Map<String, List<String>> nameRules = new HashMap<>();

    private static final EntityLexicon STANDARD = new EntityLexicon();

    private EntityLexicon() {
        for (String[] r : Lexicons.tsv(DIR + "suffixes.tsv")) {
            String flags = r.length > 2 ? r[2] : "";
            suffixes.add(new Suffix(r[0], EntityType.valueOf(r[1]), flags.contains("ambiguous"), flags.contains("proper"),
                    flags.contains("authority"), flags.contains("legal"), flags.contains("line")));
        }
        suffixes.sort(Comparator.comparingInt((Suffix s) -> s.word().length()).reversed());
        suffixTable = WordTable.of(suffixes, Suffix::word);
        for (String[] r : Lexicons.tsv(DIR + "designation-triggers.tsv")) {
            triggers.add(new Trigger(r[0], "after".equals(r[1]), Strength.valueOf(r[2].strip().toUpperCase())));
        }
        triggers.sort(Comparator.comparingInt((Trigger t) -> t.word().length()).reversed());
        triggerTable = WordTable.of(triggers, Trigger::word);
        for (String[] r : Lexicons.tsv(DIR + "organizations.tsv")) {
            organizationKinds.put(r[0].strip(), r.length > 1 ? r[1].strip() : "");
        }
        Map<String, List<String>> places = byKind(Lexicons.tsv(DIR + "places.tsv"));
        regions = longestFirst(places.getOrDefault("region", List.of()));
        notPlaces = new HashSet<>(places.getOrDefault("not-a-place", List.of()));
        regionTrie = WordTrie.of(regions);
        slogans = WordTrie.of(places.getOrDefault("slogan", List.of()));
        provinces = longestFirst(places.getOrDefault("province", List.of()));
        Map<String, List<String>> sectorRules = byKind(Lexicons.tsv(DIR + "sector-rules.tsv"));
        sectorModifiers = longestFirst(sectorRules.getOrDefault("modifier", List.of()));
        sectorListLeads = longestFirst(sectorRules.getOrDefault("list-lead", List.of()));
        nameRules.putAll(byKind(Lexicons.tsv(DIR + "name-rules.tsv")));
        nameRules.replaceAll((k, v) -> longestFirst(v));
    }

    static EntityLexicon standard() {
        return STANDARD;
    }

    /** The words of name-rules.tsv of one kind (classifier, positioning, goal …), longest first. */
    List<String> nameRule(String kind) {
        return nameRules.getOrDefault(kind, List.of());
    }

    /** The longest head that {@code text} ends with, or null. */
    Suffix suffixEnding(String text) {
        return suffixEndingAt(text, text.length());
    }

    /** The longest head that ends at {@code end} in {@code text}, or null. */
    Suffix suffixEndingAt(String text, int end) {
        return suffixTable.endingAt(text, end);
    }

    /** Whether {@code name} ends with a common word that only looks like a head (格局, 大厅, 行政村). */
    boolean endsWithExcludedHead(String name) {
        return headExclusions.stream().anyMatch(name::endsWith);
    }

    boolean endsWithDesignationHead(String text) {
        return designationHeads.stream().anyMatch(text::endsWith);
    }

    private static Map<String, List<String>> byKind(List<String[]> rows) {
        Map<String, List<String>> map = new HashMap<>();
        for (String[] r : rows) {
            map.computeIfAbsent(r[1].strip(), k -> new ArrayList<>()).add(r[0].strip());
        }
        return map;
    }

    static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
