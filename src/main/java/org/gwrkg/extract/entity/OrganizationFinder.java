package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.EntityType;
import org.gwrkg.nlp.Token;

/**
 * Organisations that no head of {@code suffixes.tsv} ends: fixed names (区委, 国务院, 交通运输部),
 * a company named between a partner opener and its verb (联合长虹控股共建), and company short
 * names (长城汽车) opening a clause.
 */
final class OrganizationFinder {
    private static final Set<String> OPENERS = Set.of("联合", "引进", "与", "携手", "同");
    private static final Set<String> INDUSTRY_NOUNS = Set.of("产业", "零部件", "产业园", "产业链", "行业", "企业", "基地",
            "项目", "小镇", "产业集群", "网络", "体系", "服务", "配送", "通道");
    /** Parts of speech that cannot stand in a partner's name: classifiers, pronouns, prepositions, conjunctions … */
    private static final Set<String> NOT_IN_PARTNER = Set.of("q", "r", "p", "c", "w", "d", "u", "f", "t");
    private static final int MAX_PARTNER_WORDS = 4;
    private static final int MAX_PARTNER_CHARS = 8;

    private static final Set<String> MORPHEME_TAGS = Set.of("ag", "vg", "g");

    private final EntityLexicon lexicon;
    private final Pattern partnerCompany;
    private final List<String> partnerVerbs;

    /** @param partnerVerbs the verbs a partner is named before (共建, 合作 …), longest first */
    OrganizationFinder(EntityLexicon lexicon, List<String> partnerVerbs) {
        this.lexicon = lexicon;
        this.partnerVerbs = partnerVerbs;
        this.partnerCompany = Pattern.compile("(?:联合|携手|与|引进)([\\u4e00-\\u9fa5]{1,6}(?:"
                + String.join("|", lexicon.companyHeads) + "))(?=共建|合作|共同|签约|投资|建设)");
    }

    /** Fixed organisation names, unless a post follows (县委书记 names a person's post, not the body). */
    List<Span> fixedNames(String text) {
        List<Span> spans = new ArrayList<>(Vocabulary.find(text, lexicon.organizations, EntityType.Organization));
        spans.removeIf(s -> lexicon.nameRule("post").stream().anyMatch(p -> text.startsWith(p, s.end())));
        return spans;
    }

    /**
     * 联合某某控股共建…, 引进某某速运建设…: a company named between a partner opener and the verb, whatever
     * the words when it ends with a company head, else when its words are name-like and it is neither a
     * place nor a kind of partner (高校, 周边区县).
     */
    List<Span> partnerCompanies(Words w) {
        String text = w.text();
        List<Span> spans = new ArrayList<>();
        Matcher m = partnerCompany.matcher(text);
        while (m.find()) {
            spans.add(new Span(text, m.start(1), m.end(1), EntityType.Organization));
        }
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!OPENERS.contains(w.token(i).text())) {
                continue;
            }
            int j = i + 1;
            while (j < w.size() && !isPartnerVerb(text, w.token(j).start()) && j - i <= MAX_PARTNER_WORDS) {
                j++;
            }
            if (j < w.size() && j > i + 1 && isPartnerVerb(text, w.token(j).start()) && namesPartner(w, i + 1, j)) {
                spans.add(new Span(text, w.token(i + 1).start(), w.token(j - 1).end(), EntityType.Organization));
            }
        }
        return spans;
    }

    private boolean isPartnerVerb(String text, int pos) {
        return partnerVerbs.stream().anyMatch(v -> text.startsWith(v, pos));
    }

    /** Whether words {@code from} to {@code to} (exclusive) can be a company's name. */
    private boolean namesPartner(Words w, int from, int to) {
        int chars = w.token(to - 1).end() - w.token(from).start();
        boolean placesOnly = true;
        for (int k = from; k < to; k++) {
            Token t = w.token(k);
            if (NOT_IN_PARTNER.contains(t.pos().substring(0, 1)) || lexicon.boundaries.contains(t.text())) {
                return false;
            }
            placesOnly &= t.pos().equals("ns") || t.pos().equals("nsf");
        }
        String last = w.token(to - 1).text();
        return chars >= 2 && chars <= MAX_PARTNER_CHARS && !placesOnly
                && lexicon.nameRule("partner-kind").stream().noneMatch(last::endsWith);
    }

    /** 长城汽车 opening a clause, 联合某某科创: a short proper name and a company head, or one word HanLP takes for a company. */
    List<Span> companies(Words w) {
        List<Span> spans = new ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
            Token name = w.token(k);
            boolean opens = k == 0 || opensClause(w.token(k - 1));
            if (!opens) {
                continue;
            }
            if (isCompanyWord(name)) {
                spans.add(new Span(w.text(), name.start(), name.end(), EntityType.Organization));
                continue;
            }
            if (k + 1 >= w.size()) {
                continue;
            }
            Token head = w.token(k + 1);
            if (isNamePart(name) && name.text().length() >= 2 && name.text().length() <= 4
                    && lexicon.companyHeads.contains(head.text())
                    && !lexicon.sectors.contains(name.text() + head.text())
                    && (k + 2 >= w.size() || !INDUSTRY_NOUNS.contains(w.token(k + 2).text()))) {
                spans.add(new Span(w.text(), name.start(), head.end(), EntityType.Organization));
            } else if (k + 2 < w.size() && isNamePart(name) && isNamePart(head)
                    && name.text().length() + head.text().length() <= 4
                    && lexicon.companyHeads.contains(w.token(k + 2).text())) {
                spans.add(new Span(w.text(), name.start(), w.token(k + 2).end(), EntityType.Organization));
            }
        }
        return spans;
    }

    /** 某江机械/nt: one word that HanLP recognises as an organisation and that ends with a company head. */
    private boolean isCompanyWord(Token t) {
        if (!t.pos().startsWith("nt") || t.text().length() < 4 || t.text().length() > 8) {
            return false;
        }
        return lexicon.companyHeads.stream().anyMatch(h -> t.text().endsWith(h) && t.text().length() - h.length() >= 2
                && !lexicon.notPlaces.contains(t.text().substring(0, t.text().length() - h.length())));
    }

    /** A proper name, or one of the single-character pieces HanLP cuts an unknown name into (雅/ag 迪/nz). */
    private static boolean isNamePart(Token t) {
        return Words.isProper(t) || MORPHEME_TAGS.contains(t.pos());
    }

    private static boolean opensClause(Token previous) {
        return previous.pos().equals("w") || OPENERS.contains(previous.text());
    }
}
