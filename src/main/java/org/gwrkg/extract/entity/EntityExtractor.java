package org.gwrkg.extract.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gwrkg.extract.EntityMention;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Lexicons;
import org.gwrkg.extract.StatusCues;
import org.gwrkg.nlp.Token;
import org.gwrkg.structure.Sentence;

/**
 * Finds the named projects, organisations, sectors, places and designations of a sentence.
 * Each kind has its own finder, applied in this order so that a longer, surer reading claims its
 * words first:
 * <ol>
 * <li>designations, after the verbs that award them (获批, 入选, X 授牌);</li>
 * <li>names that end with a head of {@code suffixes.tsv} (…产业园, …研究院, 区疾控中心), and the
 *     items of a list of projects (甲、乙等 17 个项目建成投产);</li>
 * <li>fixed organisation names (区委, 交通运输部) and company short names (长城汽车);</li>
 * <li>sectors of the sector vocabulary, and places.</li>
 * </ol>
 * A name nested in a designation is an entity of its own when it names a body, a place or a
 * sector of its own (交通运输部 in 交通运输部第二批…试点, 低空经济 in 全市低空经济先行试验区).
 *
 * <pre>{@code
 * EntityExtractor entities = new EntityExtractor("某某区");
 * List<EntityMention> found = entities.extract(sentence, tokensOfSentence);
 * }</pre>
 */
public final class EntityExtractor {
    private static final JsonNode RELATION_CUES = Lexicons.json("/org/gwrkg/extract/relation/relation-cues.json");
    /** Sector words shorter than this inside a title only qualify it (旅游 in …旅游综合实力百强区). */
    private static final int MIN_NESTED_SECTOR = 4;

    private final EntityLexicon lexicon = EntityLexicon.standard();
    private final DesignationFinder designationFinder = new DesignationFinder(lexicon);
    private final HeadedNameFinder headedNames;
    private final ListFinder lists;
    private final OrganizationFinder organizations;
    private final SectorFinder sectors = new SectorFinder(lexicon);
    private final PlaceFinder places;

    /** @param region the report's region (某某区); it and its short form (某某) are places wherever named; may be null */
    public EntityExtractor(String region) {
        StatusCues statusCues = StatusCues.standard();
        List<String> partnerVerbs = Lexicons.longestFirst(RELATION_CUES.get("partnerVerbs"));
        this.headedNames = new HeadedNameFinder(lexicon, statusCues, partnerVerbs);
        List<String> introducedBefore = new ArrayList<>(partnerVerbs);
        introducedBefore.addAll(lexicon.nameRule("introduction-verb"));
        this.organizations = new OrganizationFinder(lexicon, EntityLexicon.longestFirst(introducedBefore));
        this.lists = new ListFinder(lexicon, statusCues);
        this.places = new PlaceFinder(lexicon, RegionForms.of(region));
    }

    /** The entity mentions of one sentence, in text order. */
    public List<EntityMention> extract(Sentence sentence, List<Token> tokens) {
        String text = sentence.text();
        Words w = new Words(text, tokens.stream()
                .map(t -> new Token(t.text(), t.pos(), t.start() - sentence.start(), t.end() - sentence.start()))
                .toList());
        List<Span> designations = designationFinder.find(text);
        List<Span> accepted = new ArrayList<>(designations);
        List<Span> named = new ArrayList<>();
        named.addAll(headedNames.find(w, designations));
        named.addAll(lists.find(w));
        named.sort(Comparator.comparingInt(Span::length).reversed());
        for (Span s : named) {
            if (s.type() == EntityType.Organization) {
                claimOutsideNames(accepted, s);
            } else if (s.type() == EntityType.Place) {
                claimPlace(text, accepted, s);
            } else {
                claim(accepted, s);
            }
        }
        for (Span s : organizations.fixedNames(text)) {
            claimOutsideNames(accepted, s);
        }
        for (Span s : organizations.partnerCompanies(w)) {
            claimOver(accepted, s);
        }
        for (Span s : organizations.companies(w)) {
            claim(accepted, s);
        }
        for (Span s : sectors.find(text)) {
            if (s.length() >= MIN_NESTED_SECTOR) {
                claimOutsideNames(accepted, s);
            } else {
                claim(accepted, s);
            }
        }
        for (Span s : places.find(w)) {
            claimPlace(text, accepted, s);
        }
        accepted.removeIf(s -> s.type() != EntityType.Designation && insideTitleMarks(text, s));
        accepted.sort(Comparator.comparingInt(Span::start));
        List<EntityMention> mentions = new ArrayList<>();
        for (Span s : accepted) {
            String name = Words.stripQuotes(s.name());
            if (name.length() >= 2) {
                mentions.add(new EntityMention(name, s.type(), sentence.start() + s.start(),
                        sentence.start() + s.end(), sentence.index()));
            }
        }
        return mentions;
    }

    /** 《某某规划》, 电影《某某湖》: a name inside the title of a work, plan or law is part of that title. */
    private static boolean insideTitleMarks(String text, Span s) {
        int open = text.lastIndexOf('《', s.start());
        return open >= 0 && text.indexOf('》', open) >= s.end() && text.lastIndexOf('》', s.start()) < open;
    }

    /** Adds {@code s} unless it overlaps a span already taken. */
    private static void claim(List<Span> accepted, Span s) {
        if (accepted.stream().noneMatch(s::overlaps)) {
            accepted.add(s);
        }
    }

    /** Adds {@code s}, trimming a name that reached over it (某某控股共建…基地 was cut after 共建 already). */
    private static void claimOver(List<Span> accepted, Span s) {
        if (accepted.stream().noneMatch(a -> a.overlaps(s) && a.type() != EntityType.Project)) {
            accepted.add(s);
        }
    }

    /**
     * Adds a place unless it overlaps a name; inside a designation it may stand (but not as its head), and
     * inside a project as one of the ends of a route (黔江 and 武陵 in 甲至黔江、武陵航线).
     */
    private static void claimPlace(String text, List<Span> accepted, Span s) {
        boolean clash = accepted.stream().anyMatch(a -> a.overlaps(s)
                && !(a.contains(s) && a.end() != s.end() && (a.type() == EntityType.Designation
                        || a.type() == EntityType.Project && isRouteEnd(text, a, s))));
        if (!clash) {
            accepted.add(s);
        }
    }

    private static boolean isRouteEnd(String text, Span route, Span place) {
        if (place.start() <= route.start() || place.end() >= text.length()) {
            return false;
        }
        char before = text.charAt(place.start() - 1);
        char after = text.charAt(place.end());
        return before == '至' || before == '、' || after == '至' || after == '、';
    }

    /** Adds {@code s} unless it overlaps a name; inside a designation it may stand, but not as its head. */
    private static void claimOutsideNames(List<Span> accepted, Span s) {
        boolean clash = accepted.stream().anyMatch(a -> a.overlaps(s)
                && (a.type() != EntityType.Designation || !a.contains(s) || a.end() == s.end()));
        if (!clash) {
            accepted.add(s);
        }
    }
}
