package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.WordTrie;
import org.gwrkg.nlp.Token;

/**
 * Places that are one word: the report's own region in its long and short forms, named regions
 * and areas of {@code places.tsv} (川渝, 长三角), and the places HanLP recognises, less the words
 * it mistakes for places (行政村, 惠民, the 金山银山 of a slogan, the 一区 of “一区两地”).
 */
final class PlaceFinder {
    private static final Set<String> PLACE_TAGS = Set.of("ns", "nsf");
    private static final String NUMERALS = "一二三四五六七八九十两百千万";
    /** Words before 新 that make 新X the region X in a slogan (美丽新玉林, 现代化新某某). */
    private static final Set<String> ADJECTIVE_TAGS = Set.of("a", "an", "ad", "b");

    /** A list of short names, then its count: 甲、乙2个. */
    private static final Pattern COUNTED_LIST = Pattern.compile(
            "((?:[\\u4e00-\\u9fa5]{2,5}、)+[\\u4e00-\\u9fa5]{2,5})(\\d)个");

    /** Parts of speech after which a word has ended: punctuation, verbs, conjunctions, prepositions, particles. */
    private static final Set<String> ENDS_WORD = Set.of("w", "v", "c", "p", "u", "d");
    private static final Set<String> SCOPES = Set.of("中国");

    private final EntityLexicon lexicon;
    private final WordTrie regionForms;

    /** @param regionForms the report's region as written in full and in short, longest first */
    PlaceFinder(EntityLexicon lexicon, List<String> regionForms) {
        this.lexicon = lexicon;
        this.regionForms = WordTrie.of(regionForms);
    }

    List<Span> find(Words w) {
        String text = w.text();
        List<Span> spans = new ArrayList<>(Vocabulary.find(text, regionForms, EntityType.Place));
        spans.removeIf(s -> namesProduct(w, s.end()));
        spans.addAll(Vocabulary.find(text, lexicon.regionTrie, EntityType.Place));
        List<Span> slogans = Vocabulary.find(text, lexicon.slogans, EntityType.Place);
        for (int i = 0; i < w.size(); i++) {
            Token t = w.token(i);
            if (!PLACE_TAGS.contains(t.pos()) || t.text().length() < 2 || lexicon.notPlaces.contains(t.text())
                    || NUMERALS.indexOf(t.text().charAt(0)) >= 0 || inSlogan(t, slogans) || inQuotedSlogan(w, i)
                    || fillsQuote(w, i) || startsName(w, i) || inEventName(w, i) || namesProduct(w, t.end())
                    || isScopeOfAName(w, i)) {
                continue;
            }
            boolean renewed = t.text().startsWith("新") && t.text().length() >= 3 && i > 0
                    && ADJECTIVE_TAGS.contains(w.token(i - 1).pos());
            int start = renewed ? t.start() + 1 : t.start();
            spans.add(new Span(text, start, t.end(), EntityType.Place));
        }
        spans.addAll(countedList(w, spans));
        return spans;
    }

    /**
     * 打造甲、乙2个现代社区试点: when a count equal to the number of items follows a list and one item is a
     * place, the others are places too.
     */
    private List<Span> countedList(Words w, List<Span> places) {
        String text = w.text();
        List<Span> items = new ArrayList<>();
        Matcher m = COUNTED_LIST.matcher(text);
        while (m.find()) {
            int start = firstItemStart(w, text.indexOf('、', m.start(1)));
            if (start < m.start(1)) {
                continue;
            }
            String[] names = text.substring(start, m.end(1)).split("、");
            if (names.length != Integer.parseInt(m.group(2))) {
                continue;
            }
            List<Span> found = new ArrayList<>();
            int p = start;
            for (String name : names) {
                found.add(new Span(text, p, p + name.length(), EntityType.Place));
                p += name.length() + 1;
            }
            boolean onePlace = found.stream().anyMatch(f -> isPlace(f, places)
                    || lexicon.suffixes.stream().anyMatch(s -> s.type() == EntityType.Place && f.name().endsWith(s.word())));
            if (onePlace && found.stream().allMatch(f -> f.length() >= 2)) {
                items.addAll(found);
            }
        }
        return items;
    }

    /** Where the first item of a list that it ends at {@code comma} starts: after the verb before it. */
    private static int firstItemStart(Words w, int comma) {
        int i = w.tokenAt(comma) - 1;
        int start = comma;
        while (i >= 0 && !w.token(i).pos().startsWith("v") && !w.token(i).pos().equals("w") && comma - w.token(i).start() <= 5) {
            start = w.token(i).start();
            i--;
        }
        return start;
    }

    private static boolean isPlace(Span s, List<Span> places) {
        return places.stream().anyMatch(p -> p.start() == s.start() && p.end() == s.end());
    }

    /** 中国广场舞大赛, 中国改革年度案例: 中国 before a name is the scope of that name, not a place named. */
    private static boolean isScopeOfAName(Words w, int i) {
        if (!SCOPES.contains(w.token(i).text()) || i + 1 >= w.size()) {
            return false;
        }
        String next = w.token(i + 1).pos();
        return next.equals("vn") || !ENDS_WORD.contains(next.substring(0, 1));
    }

    /** 某某猪, 某某柚: a place with one more noun character names a local product, not the place. */
    private static boolean namesProduct(Words w, int end) {
        int next = w.tokenAt(end);
        if (next < 0 || w.token(next).start() != end) {
            return false;
        }
        Token t = w.token(next);
        return t.text().length() == 1 && (t.pos().equals("n") || t.pos().equals("ng"))
                && (next + 1 >= w.size() || ENDS_WORD.contains(w.token(next + 1).pos().substring(0, 1)));
    }

    /**
     * 首届中国某某博览会: a place right after the edition of an event (届) is part of the event's name, and
     * events are not entities.
     */
    private static boolean inEventName(Words w, int i) {
        return i > 0 && w.token(i - 1).text().endsWith("届");
    }

    /** “海铁江”联运: a place-like word that is all of a quotation is a coined term. */
    private static boolean fillsQuote(Words w, int i) {
        return i > 0 && i + 1 < w.size() && w.token(i - 1).text().equals("“") && w.token(i + 1).text().equals("”");
    }

    /** 某州智库, 某村公司: a place-like word right before the head of a name is where that name starts. */
    private boolean startsName(Words w, int i) {
        if (i + 1 >= w.size()) {
            return false;
        }
        String next = w.token(i + 1).text();
        return lexicon.suffixes.stream().anyMatch(s -> s.word().equals(next) && s.type() != EntityType.Place);
    }

    private static boolean inSlogan(Token t, List<Span> slogans) {
        return slogans.stream().anyMatch(s -> s.start() <= t.start() && t.end() <= s.end());
    }

    /** “融湾入圈”: a quoted phrase with a verb in it is a slogan, and its place-like words are not places. */
    private static boolean inQuotedSlogan(Words w, int i) {
        int open = i;
        while (open >= 0 && !w.token(open).text().equals("“")) {
            if (w.token(open).text().equals("”") && open != i) {
                return false;
            }
            open--;
        }
        if (open < 0) {
            return false;
        }
        for (int j = open + 1; j < w.size() && !w.token(j).text().equals("”"); j++) {
            if (w.token(j).pos().startsWith("v")) {
                return true;
            }
        }
        return false;
    }
}
