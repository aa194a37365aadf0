package org.gwrkg.extract.relation;

import java.util.List;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.StatusCues;
import org.gwrkg.structure.Sentence;

/**
 * The sectors of the topic sentence that leads the current part of a paragraph: a short sentence
 * without figures or commas (先进制造业加速壮大。) sets them for what follows it in its paragraph,
 * until the next topic sentence or the paragraph's end. A short sentence that reports a fact (某某普查
 * 加快推进。, 某某中心揭牌。) is no topic sentence and leaves them as they are.
 */
final class TopicSectors {
    private final StatusCues statusCues = StatusCues.standard();
    private final int maxLength;
    private List<Entity> sectors = List.of();
    private int paragraph = -1;

    TopicSectors(int maxLength) {
        this.maxLength = maxLength;
    }

    /** Reads sentence {@code s}, whose mentions are {@code mentions}; sentences come in text order. */
    void read(Sentence s, List<Mention> mentions) {
        if (s.paragraph() != paragraph) {
            sectors = List.of();
            paragraph = s.paragraph();
        }
        String text = s.text();
        boolean topic = text.length() <= maxLength && text.chars().noneMatch(Character::isDigit)
                && text.indexOf('，') < 0 && !reportsAFact(text, mentions);
        if (topic) {
            sectors = mentions.stream().map(Mention::entity).filter(e -> e.type() == EntityType.Sector).toList();
        }
    }

    /** The sectors of the topic in force. */
    List<Entity> current() {
        return sectors;
    }

    /** A sentence that names a project, a body or a title, or that ends with a status cue, reports a fact. */
    private boolean reportsAFact(String text, List<Mention> mentions) {
        boolean names = mentions.stream().map(m -> m.entity().type())
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
}
