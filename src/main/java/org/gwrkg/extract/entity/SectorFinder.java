package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.EntityType;

/**
 * Sectors of the sector vocabulary, with the 产业 or 行业 that may follow them (中医药健康产业),
 * unless the word only qualifies the noun after it (制造业投资, 金融机构, 养老保险); and the items
 * of a list of fields (发展甲、乙等特色产业), whatever they are.
 */
final class SectorFinder {
    private static final List<String> EXTENSIONS = List.of("产业", "行业");
    /** 等特色产业, 等传统产业, 等新业态, 三大支柱产业: what ends a list of fields. */
    private static final Pattern LIST_END = Pattern.compile("(?:等|[两三四五六七八九十]大)[\\u4e00-\\u9fa5]{0,6}?(?:产业|业态|行业)");
    private static final Pattern ITEM = Pattern.compile("[\\u4e00-\\u9fa5]{2,6}");

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
        Matcher m = LIST_END.matcher(text);
        while (m.find()) {
            for (Span item : listed(text, m.start())) {
                if (spans.stream().noneMatch(item::overlaps)) {
                    spans.add(item);
                }
            }
        }
        return spans;
    }

    /** The items of the list that ends at {@code etc} (the 等), after the verb that opens it. */
    private List<Span> listed(String text, int etc) {
        int clauseStart = Clauses.start(text, etc);
        int start = clauseStart;
        for (String lead : lexicon.sectorListLeads) {
            int at = text.lastIndexOf(lead, etc);
            if (at >= clauseStart && at + lead.length() > start) {
                start = at + lead.length();
            }
        }
        List<Span> items = new ArrayList<>();
        int itemStart = start;
        for (int p = start; p <= etc; p++) {
            if (p == etc || text.charAt(p) == '、') {
                String item = text.substring(itemStart, p);
                if (!ITEM.matcher(item).matches()) {
                    return List.of();
                }
                items.add(new Span(text, itemStart, p, EntityType.Sector));
                itemStart = p + 1;
            }
        }
        return items;
    }

    /** 中医药健康 + 产业, but not into 产业园 (a project's head) or 产业化 (another word). */
    private static int extended(String text, int end) {
        for (String e : EXTENSIONS) {
            boolean otherWord = text.startsWith("园", end + e.length()) || text.startsWith("化", end + e.length());
            if (text.startsWith(e, end) && !otherWord) {
                return end + e.length();
            }
        }
        return end;
    }

    private boolean qualifies(String text, int end) {
        return lexicon.sectorModifiers.stream().anyMatch(m -> text.startsWith(m, end));
    }
}
