package org.gwrkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;

/**
 * Who won a designation: the entities its clause opens with before the awarding verb (甲街道、乙街道
 * 入选…), else the report's region when nothing but adverbs stands before the verb (获评…), and no
 * one when something else opens the clause (某某猪入选…) or when the title was counted out to many
 * (创建市级绿色工厂3家).
 */
final class AwardReader {
    /** A figure with its classifier or 人: how many of a title were won. */
    private static final Pattern COUNT = Pattern.compile("^\\d+(?:\\.\\d+)?[余多]?万?[个家所座项批处条人名位次]");
    /** 成为全省首个某某县: the trigger stands before this, not right before the title. */
    private static final Pattern FIRST_OF_KIND = Pattern.compile("(?:全国|全省|全市|全区|全县)?(?:首个|唯一|第一个)$");
    private static final Pattern TRAILING_QUOTES = Pattern.compile("[“”‘’「」『』\"]+$");
    private static final String LIST_JOINS = "、和及";

    private final Cues cues;
    private final Entity region;

    AwardReader(Cues cues, Entity region) {
        this.cues = cues;
        this.region = region;
    }

    /** The recipients of the designation named at {@code designation}, among the mentions {@code all} of {@code text}. */
    List<Entity> recipients(String text, Mention designation, List<Mention> all) {
        if (COUNT.matcher(text.substring(designation.end())).find()) {
            return List.of();
        }
        int listStart = listStart(text, designation, all);
        int clauseStart = Clauses.start(text, listStart);
        String before = FIRST_OF_KIND.matcher(text.substring(clauseStart, listStart)).replaceFirst("");
        String trigger = Cues.endingWith(TRAILING_QUOTES.matcher(before).replaceFirst(""), cues.awardAfter);
        if (trigger != null) {
            return subjectsOf(text, clauseStart, clauseStart + before.lastIndexOf(trigger), all);
        }
        boolean awardedAfter = Cues.startingWith(text, designation.end(), cues.awardBefore) != null;
        return awardedAfter && region != null ? List.of(region) : List.of();
    }

    /** Where a list of designations that ends with {@code d} begins: 获批甲、乙 gives 乙 the verb of 甲. */
    private static int listStart(String text, Mention d, List<Mention> all) {
        int start = d.start();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Mention other : all) {
                boolean listed = other.end() == start - 1 && text.charAt(start - 1) == '、' || other.end() == start;
                if (other.entity().type() == EntityType.Designation && other != d && listed) {
                    start = other.start();
                    moved = true;
                }
            }
        }
        return start;
    }

    private List<Entity> subjectsOf(String text, int clauseStart, int verbAt, List<Mention> all) {
        List<Entity> subjects = new ArrayList<>();
        int at = clauseStart;
        int subjectEnd = clauseStart;
        for (Mention m : all) {
            EntityType t = m.entity().type();
            boolean canReceive = t == EntityType.Place || t == EntityType.Organization || t == EntityType.Project;
            if (canReceive && m.start() == at && m.end() <= verbAt) {
                subjects.add(m.entity());
                subjectEnd = m.end();
                at = m.end() < text.length() && LIST_JOINS.indexOf(text.charAt(m.end())) >= 0 ? m.end() + 1 : -1;
            }
        }
        if (!onlyAdverbs(text.substring(subjectEnd, verbAt))) {
            return List.of();
        }
        if (!subjects.isEmpty()) {
            return subjects;
        }
        return region != null ? List.of(region) : List.of();
    }

    /** Whether {@code s} holds nothing but the adverbs that may stand between a subject and its verb (连续三年, 再度). */
    private boolean onlyAdverbs(String s) {
        String rest = cues.adverbPhrase.matcher(s).replaceAll("");
        String before;
        do {
            before = rest;
            for (String a : cues.adverbs) {
                if (rest.startsWith(a)) {
                    rest = rest.substring(a.length());
                }
            }
        } while (!before.equals(rest));
        return rest.isBlank();
    }
}
