package org.gwrkg.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityMention;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.ProjectStatus;
import org.gwrkg.extract.Relation;
import org.gwrkg.extract.RelationType;
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
 * sets the sector of the projects and organisations that follow it in its paragraph. Each relation
 * has its reader: {@link StatusReader}, {@link AwardReader}, {@link TopicSectors}.
 */
public final class RelationExtractor {
    private final Cues cues = Cues.standard();
    private final StatusReader statuses = new StatusReader(cues);
    private final AwardReader awards;
    private final TopicSectors topic = new TopicSectors(cues.topicMaxLength);
    private final Entity region;
    private final Map<String, Relation> relations = new LinkedHashMap<>();

    /** @param region the report's own region as a Place, the recipient of designations that name none; may be null */
    public RelationExtractor(Entity region) {
        this.region = region;
        this.awards = new AwardReader(cues, region);
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
        List<Mention> resolved = new ArrayList<>();
        for (EntityMention m : mentions) {
            Entity e = entities.get(key(m.type(), m.name()));
            if (e != null) {
                resolved.add(new Mention(e, m.start() - sentence.start(), m.end() - sentence.start()));
            }
        }
        topic.read(sentence, resolved);
        String text = sentence.text();
        for (Mention m : resolved) {
            EntityType type = m.entity().type();
            if (type == EntityType.Project) {
                ProjectStatus status = statuses.of(text, m);
                if (status != null) {
                    add(new Relation(RelationType.STATUS, m.entity(), null, status, evidence));
                }
            }
            if (type == EntityType.Designation) {
                for (Entity recipient : awards.recipients(text, m, resolved)) {
                    add(new Relation(RelationType.AWARDED, recipient, m.entity(), null, evidence));
                }
            }
            if (type == EntityType.Project || type == EntityType.Organization) {
                located(text, m, resolved, evidence);
                sectors(m, resolved, evidence);
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

    /** X 落户, X 入驻 Y: where X is, the place named after the verb or else the region (not 某小镇入驻企业). */
    private void located(String text, Mention m, List<Mention> all, Evidence evidence) {
        int clauseEnd = Clauses.end(text, m.end());
        for (int p = m.end(); p < clauseEnd; p++) {
            String verb = Cues.startingWith(text, p, cues.locationVerbs);
            if (verb == null) {
                continue;
            }
            if (Cues.startingWith(text, p + verb.length(), cues.locationGuests) != null) {
                return;
            }
            Entity place = region;
            for (Mention other : all) {
                if (other.entity().type() == EntityType.Place && other.start() >= p + verb.length()
                        && other.start() < clauseEnd) {
                    place = other.entity();
                    break;
                }
            }
            if (place != null) {
                add(new Relation(RelationType.LOCATED_IN, m.entity(), place, null, evidence));
            }
            return;
        }
    }

    /** The sectors of the topic in force and of the sentence, unless the body governs or reports. */
    private void sectors(Mention m, List<Mention> all, Evidence evidence) {
        if (OrganizationKinds.isAuthority(m.entity())) {
            return;
        }
        for (Entity sector : topic.current()) {
            add(new Relation(RelationType.IN_SECTOR, m.entity(), sector, null, evidence));
        }
        for (Mention other : all) {
            if (other.entity().type() == EntityType.Sector) {
                add(new Relation(RelationType.IN_SECTOR, m.entity(), other.entity(), null, evidence));
            }
        }
    }

    /** 联合 X 共建 Y, 与 X 合作建设 Y. */
    private void partners(String text, List<Mention> all, Evidence evidence) {
        for (int i = 0; i + 1 < all.size(); i++) {
            Mention org = all.get(i);
            if (org.entity().type() != EntityType.Organization
                    || Cues.endingWith(text.substring(0, org.start()), cues.partnerOpeners) == null) {
                continue;
            }
            String verb = Cues.startingWith(text, org.end(), cues.partnerVerbs);
            if (verb == null) {
                continue;
            }
            for (Mention project : all.subList(i + 1, all.size())) {
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
}
