package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.gwrkg.extract.EntityType;

/**
 * Sectors of the sector vocabulary, with the 产业 or 行业 that may follow them (中医药健康产业),
 * unless the word only qualifies the noun after it (制造业投资, 金融机构, 养老保险).
 */
final class SectorFinder {
    private static final List<String> EXTENSIONS = List.of("产业", "行业");

    private final EntityLexicon lexicon;

    SectorFinder(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        for (Span s : Vocabulary.find(text, lexicon.sectors, EntityType.Sector)) {
            int end = extended(text, s.end());
            if (!qualifies(text, end)) {
                spans.add(new Span(text, s.start(), end, EntityType.Sector));
            }
        }
        return spans;
    }

    /** 中医药健康 + 产业, but not into 产业园, which heads a project's name. */
    private static int extended(String text, int end) {
        for (String e : EXTENSIONS) {
            if (text.startsWith(e, end) && !text.startsWith("园", end + e.length())) {
                return end + e.length();
            }
        }
        return end;
    }

    private boolean qualifies(String text, int end) {
        return lexicon.sectorModifiers.stream().anyMatch(m -> text.startsWith(m, end));
    }
}
