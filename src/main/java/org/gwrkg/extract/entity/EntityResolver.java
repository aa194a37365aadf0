package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        final EntityType type;
        final Set<String> names = new LinkedHashSet<>();
        final Evidence evidence;
        int mentions;

        Cluster(EntityType type, Evidence evidence) {
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
        for (Sentence s : sentences) {
            for (EntityMention m : mentions.get(s.index())) {
                String key = key(m.type(), m.name());
                Cluster c = byKey.get(key);
                if (c == null) {
                    Set<String> places = placeNames(clusters, region);
                    c = clusters.stream().filter(k -> sameThing(k, m, places)).findFirst().orElse(null);
                }
                if (c == null) {
                    c = new Cluster(m.type(), new Evidence(s.start(), s.end(), s.text()));
                    clusters.add(c);
                }
                c.names.add(m.name());
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
            regionCluster = new Cluster(EntityType.Place, first == null ? new Evidence(0, 0, "")
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

    private static Set<String> placeNames(List<Cluster> clusters, String region) {
        Set<String> names = new LinkedHashSet<>(RegionForms.of(region));
        names.addAll(EntityLexicon.standard().provinces);
        clusters.stream().filter(c -> c.type == EntityType.Place).forEach(c -> names.addAll(c.names));
        return names;
    }

    /** Whether mention {@code m} names the thing of cluster {@code c} by another form of its name. */
    private static boolean sameThing(Cluster c, EntityMention m, Set<String> places) {
        if (c.type != m.type()) {
            return false;
        }
        for (String known : c.names) {
            if (c.type == EntityType.Place && withoutLevel(known).equals(withoutLevel(m.name()))) {
                return true;
            }
            if (known.length() > m.name().length() && shortForms(known, places).contains(m.name())) {
                return true;
            }
        }
        return false;
    }

    /** The short forms a report may use after a long name: without its bracket, legal form or leading place. */
    private static Set<String> shortForms(String name, Set<String> places) {
        Set<String> forms = new LinkedHashSet<>();
        String bare = BRACKET.matcher(name).replaceFirst("");
        forms.add(bare);
        forms.add(LEGAL_FORM.matcher(bare).replaceFirst(""));
        for (String f : List.copyOf(forms)) {
            for (String place : places) {
                if (f.startsWith(place)) {
                    forms.add(f.substring(place.length()));
                }
            }
            Matcher unit = ADMIN_PREFIX.matcher(f);
            if (unit.lookingAt()) {
                forms.add(f.substring(unit.end()));
            }
        }
        forms.removeIf(f -> f.length() < MIN_SHORT_FORM || f.equals(name));
        return forms;
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
