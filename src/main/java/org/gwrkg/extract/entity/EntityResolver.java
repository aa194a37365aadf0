package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityMention;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Evidence;
import org.gwrkg.structure.Sentence;

/**
 * Makes one entity of the mentions of one thing in a report: the same name twice; a place with
 * and without the word for its level (某某 and 某某区, in either order); and a short form after a
 * long one: a name without its bracket (某某中心 after 某某中心（二期）), without the place it
 * starts with (科技创新中心 after 某某科技创新中心) or without its legal form (某某科技 after
 * 某某科技有限公司). The entity carries the longest of its names and the evidence of its first
 * mention; the report's own region, which it finds among the places, counts the name the metadata
 * gives it among its names (so 某某 in the text is 某某区 in the graph).
 *
 * <pre>{@code
 * EntityResolver.Resolution r = EntityResolver.resolve(sentences, mentionsPerSentence, "某某区", text);
 * Entity e = r.byKey().get(EntityResolver.key(mention.type(), mention.name()));
 * }</pre>
 */
public final class EntityResolver {
    private static final Pattern ADMIN_LEVEL = Pattern.compile("(?:自治县|自治州|自治区|特别行政区|新区|区|县|市|省|州|旗|镇|乡|街道)$");
    /**
     * The province before a name (某某省某某股份有限公司 is 某某股份有限公司), or the city before a body of
     * the unit below it (某某市某某区人民政府 is 某某区人民政府).
     */
    private static final Pattern ADMIN_PREFIX = Pattern.compile(
            "[\\u4e00-\\u9fa5]{2,3}?(?:省|自治区)|[\\u4e00-\\u9fa5]{2,3}?市(?=[\\u4e00-\\u9fa5]{2,}[市县区旗])");
    private static final Pattern BRACKET = Pattern.compile("（[^（）]*）$");
    private static final Pattern LEGAL_FORM = Pattern.compile("(?:股份有限公司|有限责任公司|有限公司|公司|集团)$");
    /** A short form keeps at least this many characters (某某科技, not 科技). */
    private static final int MIN_SHORT_FORM = 3;
    private static final String[] LEVELS = {"区", "县", "市", "州", "旗"};
    private static final Pattern RANK_AFTER = Pattern.compile("第|前|唯一|首|率先|领先|排名");

    private EntityResolver() {
    }

    /**
     * The entities of a report and the entity each mention names.
     *
     * @param entities the entities, in order of first mention
     * @param byKey    the entity of each mention, by {@link #key} of its type and name
     * @param region   the report's own region as a Place, or null when neither the metadata nor the text tells it
     */
    public record Resolution(List<Entity> entities, Map<String, Entity> byKey, Entity region) {
        public Resolution {
            entities = List.copyOf(entities);
            byKey = Map.copyOf(byKey);
        }
    }

    /** The key of a mention's type and name in {@link Resolution#byKey()}. */
    public static String key(EntityType type, String name) {
        return type + "\t" + name;
    }

    private static final class Cluster {
        final int order;
        final EntityType type;
        final Set<String> names = new LinkedHashSet<>();
        final Evidence evidence;
        int mentions;

        Cluster(int order, EntityType type, Evidence evidence) {
            this.order = order;
            this.type = type;
            this.evidence = evidence;
        }

        String longest() {
            return names.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        }
    }

    /**
     * @param sentences the report's sentences
     * @param mentions  the mentions of each sentence, indexed like {@code sentences}
     * @param region    the region of the report's metadata, or null
     * @param text      the report's normalised text, to tell its level (全县, 县委 …) when the metadata names no region
     */
    public static Resolution resolve(List<Sentence> sentences, List<List<EntityMention>> mentions, String region, String text) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        FormIndex index = new FormIndex(region);
        for (Sentence s : sentences) {
            for (EntityMention m : mentions.get(s.index())) {
                String key = key(m.type(), m.name());
                Cluster c = byKey.get(key);
                if (c == null) {
                    c = index.sameThing(m);
                }
                if (c == null) {
                    c = new Cluster(clusters.size(), m.type(), new Evidence(s.start(), s.end(), s.text()));
                    clusters.add(c);
                }
                if (c.names.add(m.name())) {
                    index.add(c, m.name());
                }
                c.mentions++;
                byKey.put(key, c);
            }
        }
        Cluster regionCluster = regionCluster(clusters, region, text);
        if (regionCluster != null && region != null && !region.isBlank()) {
            regionCluster.names.add(region);
        }
        if (regionCluster == null && region != null && !region.isBlank()) {
            Sentence first = sentences.isEmpty() ? null : sentences.get(0);
            regionCluster = new Cluster(clusters.size(), EntityType.Place, first == null ? new Evidence(0, 0, "")
                    : new Evidence(first.start(), first.end(), first.text()));
            regionCluster.names.add(region);
            clusters.add(regionCluster);
            byKey.put(key(EntityType.Place, region), regionCluster);
        }
        Map<Cluster, Entity> entityOf = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            entityOf.put(c, new Entity(c.longest(), c.type, c.evidence));
        }
        Map<String, Entity> entityByKey = new HashMap<>();
        byKey.forEach((k, c) -> entityByKey.put(k, entityOf.get(c)));
        return new Resolution(List.copyOf(entityOf.values()), entityByKey,
                regionCluster == null ? null : entityOf.get(regionCluster));
    }

    /**
     * The names of the clusters so far under every form a later mention may take of them, so that a
     * new name is looked up rather than compared with every name before it. A mention names the
     * thing of a cluster of its type when it is, for a place, one of its names without the word for
     * its level, or, for any name longer than it, the name without its bracket or legal form
     * ({@link Entry#base}), that after one of the places known so far, or that after a province or a
     * city ({@link #ADMIN_PREFIX}). Of several such clusters the first formed wins.
     */
    private static final class FormIndex {
        /** Of each type, the names so far by their base forms (without bracket, without legal form). */
        private final Map<EntityType, Map<String, List<Entry>>> base = new EnumMap<>(EntityType.class);
        /** Of each type, the base forms by what follows a province or city they start with. */
        private final Map<EntityType, Map<String, List<Entry>>> afterUnit = new EnumMap<>(EntityType.class);
        /** Of each type, the base forms by every ending long enough to be a short form, with what precedes it. */
        private final Map<EntityType, Map<String, List<Entry>>> endings = new EnumMap<>(EntityType.class);
        private final Map<String, List<Cluster>> levelless = new HashMap<>();
        /** The region's forms, the provinces, and every name of the place clusters so far. */
        private final Set<String> places = new HashSet<>();

        /** A name of {@code cluster}, and for an ending the part of its base form before it. */
        private record Entry(Cluster cluster, String known, String before) {
        }

        FormIndex(String region) {
            places.addAll(RegionForms.of(region));
            places.addAll(EntityLexicon.standard().provinces);
        }

        void add(Cluster c, String name) {
            if (c.type == EntityType.Place) {
                places.add(name);
                levelless.computeIfAbsent(withoutLevel(name), k -> new ArrayList<>()).add(c);
            }
            String bare = BRACKET.matcher(name).replaceFirst("");
            for (String f : new LinkedHashSet<>(List.of(bare, LEGAL_FORM.matcher(bare).replaceFirst("")))) {
                put(base, c.type, f, new Entry(c, name, ""));
                Matcher unit = ADMIN_PREFIX.matcher(f);
                if (unit.lookingAt()) {
                    put(afterUnit, c.type, f.substring(unit.end()), new Entry(c, name, ""));
                }
                for (int i = 1; i + MIN_SHORT_FORM <= f.length(); i++) {
                    put(endings, c.type, f.substring(i), new Entry(c, name, f.substring(0, i)));
                }
            }
        }

        private static void put(Map<EntityType, Map<String, List<Entry>>> index, EntityType type, String form, Entry e) {
            index.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(form, k -> new ArrayList<>()).add(e);
        }

        private static List<Entry> get(Map<EntityType, Map<String, List<Entry>>> index, EntityType type, String form) {
            return index.getOrDefault(type, Map.of()).getOrDefault(form, List.of());
        }

        /** The first cluster whose thing mention {@code m} names by another form of its name, or null. */
        Cluster sameThing(EntityMention m) {
            String name = m.name();
            Cluster first = null;
            if (m.type() == EntityType.Place) {
                for (Cluster c : levelless.getOrDefault(withoutLevel(name), List.of())) {
                    first = earlier(first, c);
                }
            }
            if (name.length() < MIN_SHORT_FORM) {
                return first;
            }
            List<Entry> candidates = new ArrayList<>(get(base, m.type(), name));
            candidates.addAll(get(afterUnit, m.type(), name));
            for (Entry e : get(endings, m.type(), name)) {
                if (places.contains(e.before())) {
                    candidates.add(e);
                }
            }
            for (Entry e : candidates) {
                if (e.known().length() > name.length()) {
                    first = earlier(first, e.cluster());
                }
            }
            return first;
        }

        private static Cluster earlier(Cluster a, Cluster b) {
            return a == null || b.order < a.order ? b : a;
        }
    }

    private static String withoutLevel(String place) {
        String s = ADMIN_LEVEL.matcher(place).replaceFirst("");
        return s.length() >= 2 ? s : place;
    }

    /**
     * The region's cluster: the place the metadata names; else the place the report is about: of the places
     * named with the word for a level (某某县), one at the level the report speaks of itself at (全县, 县委),
     * else the most mentioned place named at least twice.
     */
    private static Cluster regionCluster(List<Cluster> clusters, String region, String text) {
        List<Cluster> places = clusters.stream().filter(c -> c.type == EntityType.Place).toList();
        if (region != null && !region.isBlank()) {
            String bare = withoutLevel(region);
            return places.stream().filter(c -> c.names.stream().anyMatch(n -> withoutLevel(n).equals(bare)))
                    .findFirst().orElse(null);
        }
        Comparator<Cluster> byLevel = Comparator.comparingInt(c -> selfReferences(text, levelOf(c)));
        Cluster leveled = places.stream().filter(c -> levelOf(c) != null)
                .max(byLevel.thenComparingInt(c -> c.mentions)).orElse(null);
        if (leveled != null) {
            return leveled;
        }
        return places.stream().filter(c -> c.mentions >= 2).max(Comparator.comparingInt(c -> c.mentions)).orElse(null);
    }

    /** The level word a place is named with (县 of 某某县), or null. */
    private static String levelOf(Cluster c) {
        for (String n : c.names) {
            for (String level : LEVELS) {
                if (n.endsWith(level) && n.length() > level.length()) {
                    return level;
                }
            }
        }
        return null;
    }

    /** How often a report speaks of itself at a level: 全县, 我县, 本县, 县委, 县政府 (not 全市第一, a rank in the level above). */
    private static int selfReferences(String text, String level) {
        int count = 0;
        for (String w : List.of("全" + level, "我" + level, "本" + level, level + "委", level + "政府", level + "人大", level + "政协")) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                if (!RANK_AFTER.matcher(text).region(at + w.length(), text.length()).lookingAt()) {
                    count++;
                }
            }
        }
        return count;
    }
}
