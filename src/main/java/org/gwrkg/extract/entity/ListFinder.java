package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.StatusCues;

/**
 * The items of a list of named things: projects (甲、乙等 17 个项目建成投产, 甲、乙等一批优质项目落地,
 * 新签约甲、乙等项目, and 甲、乙建成投用, a list before a status cue) and companies (引进甲、乙等龙头企业).
 */
final class ListFinder {
    /** 等, then anything but a clause end, then 项目: 等17个项目, 等5个7亿元以上重大制造业项目. */
    private static final Pattern ETC_PROJECTS = Pattern.compile("等[^，；：。！？]*?项目.*");
    /** 等, then anything but a clause end, then the kind of body: 等龙头企业, 等一批知名高校. */
    private static final Pattern ETC_BODIES = Pattern.compile("等[^，；：。！？]*?(?:企业|公司|集团|高校|院校|科研院所|金融机构).*");
    /** 引进甲、乙等世界500强企业项目: the items are the companies whose projects these are. */
    private static final Pattern ETC_COMPANY_PROJECTS = Pattern.compile("等[^，；：。！？]*?企业项目.*");
    private static final int MIN_ITEM = 3;
    private static final int MIN_BODY = 2;
    private static final Set<String> FUNCTION_WORDS = Set.of("p", "c", "r");

    private final EntityLexicon lexicon;
    private final StatusCues statusCues;

    ListFinder(EntityLexicon lexicon, StatusCues statusCues) {
        this.lexicon = lexicon;
        this.statusCues = statusCues;
    }

    List<Span> find(Words w) {
        String text = w.text();
        List<Span> spans = new ArrayList<>();
        int clause = 0;
        for (int p = 0; p <= text.length(); p++) {
            if (p < text.length() && Clauses.ENDS.indexOf(text.charAt(p)) < 0) {
                continue;
            }
            spans.addAll(listed(w, clause, p));
            clause = p + 1;
        }
        return spans;
    }

    private List<Span> listed(Words w, int from, int to) {
        String text = w.text();
        String clause = text.substring(from, to);
        int listEnd = -1;
        int listStart = 0;
        int etc = clause.indexOf('等');
        EntityType type = EntityType.Project;
        if (etc > 0 && (ETC_BODIES.matcher(clause.substring(etc)).matches() && !ETC_PROJECTS.matcher(clause.substring(etc)).matches()
                || ETC_COMPANY_PROJECTS.matcher(clause.substring(etc)).matches())) {
            type = EntityType.Organization;
            listEnd = etc;
        } else if (etc > 0 && ETC_PROJECTS.matcher(clause.substring(etc)).matches()) {
            listEnd = etc;
            StatusCues.Cue lead = statusCues.at(clause, 0);
            if (lead == null && clause.startsWith("新")) {
                lead = statusCues.at(clause, 1);
            }
            if (lead != null && !lead.projectFirst()) {
                listStart = clause.indexOf(lead.word()) + lead.word().length();
            }
        } else {
            for (int p = 1; p < clause.length(); p++) {
                StatusCues.Cue cue = statusCues.at(clause, p);
                if (cue != null && cue.projectFirst() && clause.substring(0, p).contains("、")) {
                    listEnd = p;
                    break;
                }
            }
        }
        if (listEnd <= listStart) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        int start = listStart;
        for (int p = listStart; p <= listEnd; p++) {
            if (p == listEnd || clause.charAt(p) == '、' || clause.startsWith("及", p)) {
                int itemStart = start + leadingBoundary(clause.substring(start, p));
                String item = clause.substring(itemStart, p).strip();
                if (!looksLikeName(w, from + itemStart, item, type == EntityType.Project ? MIN_ITEM : MIN_BODY)) {
                    return List.of();
                }
                if (item.chars().noneMatch(Character::isDigit)) {
                    spans.add(new Span(text, from + itemStart, from + p, type));
                }
                start = p + 1;
            }
        }
        return spans;
    }

    /** 为精准招商、项目落地: a list whose items do not all look like names is not a list of projects. */
    private static boolean looksLikeName(Words w, int start, String item, int minLength) {
        int first = w.tokenAt(start);
        return item.length() >= minLength && (first < 0 || !FUNCTION_WORDS.contains(w.token(first).pos().substring(0, 1)));
    }

    /** 其中中科未来城, 成功引进某某: the length of the words that open the list without being part of its first item. */
    private int leadingBoundary(String item) {
        int cut = 0;
        boolean found = true;
        while (found) {
            found = false;
            for (String b : lexicon.boundaries) {
                if (item.startsWith(b, cut) && cut + b.length() < item.length()) {
                    cut += b.length();
                    found = true;
                    break;
                }
            }
        }
        return cut;
    }
}
