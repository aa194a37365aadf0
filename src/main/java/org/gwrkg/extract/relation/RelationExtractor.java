package org.gwrkg.extract.relation;

import org.gwrkg.extract.Clauses;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityMention;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.Lexicons;
import org.gwrkg.extract.ProjectStatus;
import org.gwrkg.extract.Relation;
import org.gwrkg.extract.RelationType;
import org.gwrkg.extract.StatusCues;
import org.gwrkg.extract.entity.EntityResolver;
import org.gwrkg.extract.entity.OrganizationKinds;
import org.gwrkg.structure.Sentence;

/**
 * Links the entities of a report: a project's status, the organisations that partner on it,
 * where organisations and projects are located, their sectors, and the designations won.
 * Cues come from {@code status-cues.tsv} and {@code relation/relation-cues.json}.
 *
 * <pre>{@code
 * RelationExtractor relations = new RelationExtractor(regionEntity);
 * for (Sentence s : sentences) relations.accept(s, mentionsOf(s), entities);
 * List<Relation> found = relations.relations();
 * }</pre>
 *
 * Sentences must be given in text order: a short topic sentence such as 先进制造业加速壮大。
 * sets the sector of the projects and organisations that follow it in its paragraph.
 */
public final class RelationExtractor {
    private static final JsonNode CUES = Lexicons.json("/org/gwrkg/extract/relation/relation-cues.json");

    private final StatusCues statusCues = StatusCues.standard();
    private final List<String> partnerOpeners = Lexicons.longestFirst(CUES.get("partnerOpeners"));
    private final List<String> partnerVerbs = Lexicons.longestFirst(CUES.get("partnerVerbs"));
    private final List<String> locationVerbs = Lexicons.longestFirst(CUES.get("locationVerbs"));
    private final List<String> locationGuests = Lexicons.longestFirst(CUES.get("locationGuests"));
    private final List<String> awardAfter = Lexicons.longestFirst(CUES.get("awardTriggersAfter"));
    private final List<String> awardBefore = Lexicons.longestFirst(CUES.get("awardTriggersBefore"));
    private final List<String> adverbs = Lexicons.longestFirst(CUES.get("subjectAdverbs"));
    private final Pattern adverbPhrase = Pattern.compile(CUES.get("subjectAdverbPhrase").asText());
    private final List<String> cueJoints = Lexicons.longestFirst(CUES.get("statusJoints"));
    private final int topicMaxLength = CUES.get("topicSentenceMaxLength").asInt();
    /** A figure with its classifier or 人: how many of a title were won. */
    private static final Pattern COUNT = Pattern.compile("^\\d+(?:\\.\\d+)?[余多]?万?[个家所座项批处条人名位家次]");

    private static final String LIST_JOINS = "、和及";
    /** 成为全省首个某某县: the trigger stands before this, not right before the title. */
    private static final Pattern FIRST_OF_KIND = Pattern.compile("(?:全国|全省|全市|全区|全县)?(?:首个|唯一|第一个)$");

    private final Entity region;
    private final Map<String, Relation> relations = new LinkedHashMap<>();
    private List<Entity> topicSectors = List.of();
    private int topicParagraph = -1;

    /** @param region the report's own region as a Place, the recipient of designations that name none; may be null */
    public RelationExtractor(Entity region) {
        this.region = region;
    }

    /**
     * Reads the relations of one sentence.
     *
     * @param sentence the sentence
     * @param mentions the entity mentions in it, in text order
     * @param entities the report's entities by type and name ({@link #key})
     */
    public void accept(Sentence sentence, List<EntityMention> mentions, Map<String, Entity> entities) {
        Evidence evidence = new Evidence(sentence.start(), sentence.end(), sentence.text());
        List<Resolved> resolved = new ArrayList<>();
        for (EntityMention m : mentions) {
            Entity e = entities.get(key(m.type(), m.name()));
            if (e != null) {
                resolved.add(new Resolved(m, e, m.start() - sentence.start(), m.end() - sentence.start()));
            }
        }
        updateTopic(sentence, resolved);
        String text = sentence.text();
        for (Resolved r : resolved) {
            if (r.entity().type() == EntityType.Project) {
                status(text, r, evidence);
            }
            if (r.entity().type() == EntityType.Designation) {
                awarded(text, r, resolved, evidence);
            }
            if (r.entity().type() == EntityType.Project || r.entity().type() == EntityType.Organization) {
                located(text, r, resolved, evidence);
                sectors(r, resolved, evidence);
            }
        }
        partners(text, resolved, evidence);
    }

    /** The relations read so far, in text order, each once. */
    public List<Relation> relations() {
        return List.copyOf(relations.values());
    }

    /** The key of an entity in the map given to {@link #accept}: {@link EntityResolver#key}. */
    public static String key(EntityType type, String name) {
        return EntityResolver.key(type, name);
    }

    private record Resolved(EntityMention mention, Entity entity, int start, int end) {
    }

    private void updateTopic(Sentence sentence, List<Resolved> resolved) {
        if (sentence.paragraph() != topicParagraph) {
            topicSectors = List.of();
            topicParagraph = sentence.paragraph();
        }
        String text = sentence.text();
        boolean topic = text.length() <= topicMaxLength && text.chars().noneMatch(Character::isDigit)
                && text.indexOf('，') < 0 && !reportsAFact(text, resolved);
        if (topic) {
            topicSectors = resolved.stream().map(Resolved::entity).filter(e -> e.type() == EntityType.Sector).toList();
        }
    }

    /**
     * 某某普查加快推进。 and 某某中心揭牌。 are short, but they report a fact, not the topic of what follows:
     * a sentence that names a project, a body or a title, or that ends with a status cue, is no topic sentence.
     */
    private boolean reportsAFact(String text, List<Resolved> resolved) {
        boolean names = resolved.stream().map(r -> r.entity().type())
                .anyMatch(t -> t == EntityType.Project || t == EntityType.Organization || t == EntityType.Designation);
        String body = text.replaceAll("[。！？]$", "");
        for (int p = 0; p < body.length(); p++) {
            StatusCues.Cue cue = statusCues.at(body, p);
            if (cue != null && p + cue.word().length() == body.length()) {
                return true;
            }
        }
        return names;
    }

    private void status(String text, Resolved project, Evidence evidence) {
        int clauseEnd = Clauses.end(text, project.end());
        for (int p = project.end(); p < clauseEnd; p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && cue.projectFirst()) {
                add(new Relation(RelationType.STATUS, project.entity(), null, laterJoined(text, p, cue).status(), evidence));
                return;
            }
        }
        int clauseStart = Clauses.start(text, project.start());
        ProjectStatus before = null;
        for (int p = clauseStart; p < project.start(); p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && !cue.projectFirst()) {
                before = cue.status();
            }
        }
        if (before != null) {
            add(new Relation(RelationType.STATUS, project.entity(), null, before, evidence));
        }
    }

    /** 落地并开工建设: where two cues join, the later state wins. */
    private StatusCues.Cue laterJoined(String text, int at, StatusCues.Cue cue) {
        int p = at + cue.word().length();
        String joint = startingWith(text, p, cueJoints);
        StatusCues.Cue next = statusCues.at(text, joint == null ? p : p + joint.length());
        if (next == null || !next.projectFirst()) {
            return cue;
        }
        return laterJoined(text, joint == null ? p : p + joint.length(), next);
    }

    private void awarded(String text, Resolved designation, List<Resolved> all, Evidence evidence) {
        if (counted(text, designation.end())) {
            return;
        }
        int listStart = listStart(text, designation, all);
        int clauseStart = Clauses.start(text, listStart);
        String before = FIRST_OF_KIND.matcher(text.substring(clauseStart, listStart)).replaceFirst("");
        String trigger = endingWith(stripQuotes(before), awardAfter);
        List<Entity> recipients = List.of();
        if (trigger != null) {
            int triggerAt = clauseStart + before.lastIndexOf(trigger);
            recipients = subjectsOf(text, clauseStart, triggerAt, all);
        } else if (startsWithAny(text, designation.end(), awardBefore)) {
            recipients = region == null ? List.of() : List.of(region);
        }
        for (Entity recipient : recipients) {
            add(new Relation(RelationType.AWARDED, recipient, designation.entity(), null, evidence));
        }
    }

    /** 创建市级绿色工厂3家, 入选某某计划7人: a title counted out to many, not one the region won. */
    private static boolean counted(String text, int end) {
        return COUNT.matcher(text.substring(end)).find();
    }

    /** Where a list of designations that ends with {@code d} begins: 获批甲、乙 gives 乙 the verb of 甲. */
    private static int listStart(String text, Resolved d, List<Resolved> all) {
        int start = d.start();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Resolved other : all) {
                boolean listed = other.end() == start - 1 && text.charAt(start - 1) == '、' || other.end() == start;
                if (other.entity().type() == EntityType.Designation && other != d && listed) {
                    start = other.start();
                    moved = true;
                }
            }
        }
        return start;
    }

    /**
     * The entities a clause opens with (甲街道、乙街道入选…), or the region when nothing but adverbs stands
     * before the verb; none when the clause opens with something else (某某猪入选…, 某某经验获…).
     */
    private List<Entity> subjectsOf(String text, int clauseStart, int verbAt, List<Resolved> all) {
        List<Entity> subjects = new ArrayList<>();
        int at = clauseStart;
        int subjectEnd = clauseStart;
        for (Resolved r : all) {
            EntityType t = r.entity().type();
            boolean canReceive = t == EntityType.Place || t == EntityType.Organization || t == EntityType.Project;
            if (canReceive && r.start() == at && r.end() <= verbAt) {
                subjects.add(r.entity());
                subjectEnd = r.end();
                at = r.end() < text.length() && LIST_JOINS.indexOf(text.charAt(r.end())) >= 0 ? r.end() + 1 : -1;
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

    /** Whether {@code s} holds nothing but the adverbs that may stand between a subject and its verb. */
    private boolean onlyAdverbs(String s) {
        String rest = adverbPhrase.matcher(s).replaceAll("");
        String before;
        do {
            before = rest;
            for (String a : adverbs) {
                if (rest.startsWith(a)) {
                    rest = rest.substring(a.length());
                }
            }
        } while (!before.equals(rest));
        return rest.isBlank();
    }

    private void located(String text, Resolved r, List<Resolved> all, Evidence evidence) {
        int clauseEnd = Clauses.end(text, r.end());
        for (int p = r.end(); p < clauseEnd; p++) {
            String verb = startingWith(text, p, locationVerbs);
            if (verb == null) {
                continue;
            }
            if (startsWithAny(text, p + verb.length(), locationGuests)) {
                return;
            }
            Entity place = region;
            for (Resolved other : all) {
                if (other.entity().type() == EntityType.Place && other.start() >= p + verb.length()
                        && other.start() < clauseEnd) {
                    place = other.entity();
                    break;
                }
            }
            if (place != null) {
                add(new Relation(RelationType.LOCATED_IN, r.entity(), place, null, evidence));
            }
            return;
        }
    }

    private void sectors(Resolved r, List<Resolved> all, Evidence evidence) {
        if (OrganizationKinds.isAuthority(r.entity())) {
            return;
        }
        for (Entity sector : topicSectors) {
            add(new Relation(RelationType.IN_SECTOR, r.entity(), sector, null, evidence));
        }
        for (Resolved other : all) {
            if (other.entity().type() == EntityType.Sector) {
                add(new Relation(RelationType.IN_SECTOR, r.entity(), other.entity(), null, evidence));
            }
        }
    }

    /** 联合 X 共建 Y, 与 X 合作建设 Y. */
    private void partners(String text, List<Resolved> all, Evidence evidence) {
        for (int i = 0; i + 1 < all.size(); i++) {
            Resolved org = all.get(i);
            if (org.entity().type() != EntityType.Organization || !endsWithAny(text.substring(0, org.start()), partnerOpeners)) {
                continue;
            }
            String verb = startingWith(text, org.end(), partnerVerbs);
            if (verb == null) {
                continue;
            }
            for (Resolved project : all.subList(i + 1, all.size())) {
                if (project.entity().type() == EntityType.Project && project.start() >= org.end() + verb.length()) {
                    add(new Relation(RelationType.PARTNER, org.entity(), project.entity(), null, evidence));
                    break;
                }
            }
        }
    }

    private void add(Relation r) {
        if (r.from().equals(r.to())) {
            return;
        }
        relations.putIfAbsent(r.type() + "\t" + key(r.from().type(), r.from().name()) + "\t" + r.target(), r);
    }

    private static String endingWith(String text, List<String> words) {
        return words.stream().filter(text::endsWith).findFirst().orElse(null);
    }

    private static boolean endsWithAny(String text, List<String> words) {
        return endingWith(text, words) != null;
    }

    private static String startingWith(String text, int pos, List<String> words) {
        return words.stream().filter(w -> text.startsWith(w, pos)).findFirst().orElse(null);
    }

    private static boolean startsWithAny(String text, int pos, List<String> words) {
        return startingWith(text, pos, words) != null;
    }

    private static String stripQuotes(String s) {
        return s.replaceAll("[“”‘’「」『』\"]+$", "");
    }


}
