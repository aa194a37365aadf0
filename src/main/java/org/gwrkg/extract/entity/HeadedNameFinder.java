package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.StatusCues;
import org.gwrkg.nlp.Token;

/**
 * Names that end with a head of {@code suffixes.tsv} (…产业园, …研究院, 区疾控中心, 临江河),
 * reaching left over name-like words until a verb, a particle or punctuation, and kept only when
 * {@link NameFilter} takes them for a name rather than a category or a goal.
 */
final class HeadedNameFinder {
    private static final int MAX_NAME = 28;

    private final EntityLexicon lexicon;
    private final NameStart nameStart;
    private final NameFilter filter;
    private final StatusCues statusCues;

    HeadedNameFinder(EntityLexicon lexicon, StatusCues statusCues, List<String> partnerVerbs) {
        this.lexicon = lexicon;
        this.statusCues = statusCues;
        this.nameStart = new NameStart(lexicon, partnerVerbs);
        this.filter = new NameFilter(lexicon, statusCues);
    }

    List<Span> find(Words w, List<Span> designations) {
        String text = w.text();
        List<Span> spans = new ArrayList<>();
        List<Span> categories = new ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
            Token last = w.token(k);
            EntityLexicon.Suffix suffix = lexicon.suffixEndingAt(text, last.end());
            if (suffix == null) {
                continue;
            }
            int suffixStart = last.end() - suffix.word().length();
            int first = k;
            while (first > 0 && w.token(first).start() > suffixStart) {
                first--;
            }
            int reached = nameStart.reach(w, first, suffix, suffixStart);
            int named = NameStart.afterApposition(w, reached, suffixStart);
            if (named > reached) {
                categories.add(new Span(text, reached, named, suffix.type()));
            }
            int start = nameStart.refine(w, named, suffix, suffixStart);
            int end = NameEnd.of(w, k, suffix);
            if (end - start > MAX_NAME) {
                continue;
            }
            Span span = new Span(text, start, end, typeOf(suffix, text, start, end));
            if (filter.isName(w, span, suffix, designations) && (!suffix.proper() || properBeforeHead(w, k, suffixStart))) {
                spans.add(span);
            }
        }
        spans.removeIf(s -> categories.stream().anyMatch(c -> c.start() == s.start() && c.end() == s.end()));
        return spans;
    }

    /** An ambiguous head takes the type its clause gives it: X 建成投用 is a Project, X 落户 an Organization. */
    private EntityType typeOf(EntityLexicon.Suffix suffix, String text, int start, int end) {
        if (!suffix.ambiguous()) {
            return suffix.type();
        }
        int clauseEnd = Clauses.end(text, end);
        List<String> orgCues = lexicon.nameRule("org-cue");
        for (int p = end; p < clauseEnd; p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && cue.projectFirst()) {
                return EntityType.Project;
            }
            int at = p;
            if (orgCues.stream().anyMatch(c -> text.startsWith(c, at))) {
                return EntityType.Organization;
            }
        }
        for (int p = Clauses.start(text, start); p < start; p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && !cue.projectFirst()) {
                return EntityType.Project;
            }
        }
        return suffix.type();
    }

    /**
     * 临江河 and 昌州路 name a place; 幸福河 and 农村路 do not: the word right before the head, or the
     * word the head ends, must be a proper name.
     */
    private static boolean properBeforeHead(Words w, int k, int suffixStart) {
        Token last = w.token(k);
        if (last.start() < suffixStart) {
            return NameStart.PLACE_OR_PERSON.contains(last.pos());
        }
        return k > 0 && Words.isProper(w.token(k - 1));
    }
}
