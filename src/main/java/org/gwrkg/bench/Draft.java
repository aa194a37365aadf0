package org.gwrkg.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The state of one report while it is written: its random source, the indicators and names used so
 * far (none twice), what was planted, and the report's own towns and rivers, which recur as a real
 * report's do. A sentence that cannot be completed is taken back whole ({@link #mark}, {@link #rollback}).
 */
final class Draft {

    final RegionStyle style;
    final int year;
    final SplittableRandom rnd;
    final List<String> towns;
    final List<String> rivers;

    /**
     * How often one sentence template may serve a report: a pattern seen again and again reads as a
     * template, so twice in a report of normal length, more in a long one.
     */
    int maxUses = 2;

    /** The theme of the section being written, for the shared templates' {@code {@word}} and {@code {fig:@}} slots. */
    String theme;


    /** What each list slot gave in the sentence being written, so that a sentence does not say one thing twice. */
    final Map<String, List<String>> seen = new HashMap<>();

    /** Uses of each template, by the theme of the section (one entry, null, for templates that read alike in all). */
    private final Map<String, Map<Template, Integer>> templateUses = new HashMap<>();
    /** Indicators used in each part, and names used anywhere. */
    private final Map<String, Set<String>> used = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    /** The indicators used in the part being written. */
    private Set<String> phase = set("review");
    /** What was claimed, in order, as (set, key), so that a sentence left out can give it back. */
    private final List<Object[]> usedLog = new ArrayList<>();
    private final List<PlantedFigure> figures = new ArrayList<>();
    private final List<String> projects = new ArrayList<>();
    private final List<String> companies = new ArrayList<>();

    Draft(RegionStyle style, int year, SplittableRandom rnd, NameMaker nameMaker) {
        this.style = style;
        this.year = year;
        this.rnd = rnd;
        this.towns = distinct(rnd, Pick.between(rnd, 5, 12), () -> nameMaker.town(rnd));
        this.rivers = distinct(rnd, Pick.between(rnd, 1, 3), () -> nameMaker.river(rnd));
    }

    /** Whether the indicator {@code key} is still free in this part; marks it used if so. */
    boolean useIndicator(String key) {
        return claim(phase, key);
    }

    boolean indicatorFree(String key) {
        return !phase.contains(key);
    }

    /** Starts the review of the year or the plan for the next: an indicator is used once in each. */
    void phase(String name) {
        phase = set(name);
    }

    /** Whether {@code name} is new in this report; marks it used if so. */
    boolean useName(String name) {
        return claim(names, name);
    }

    /**
     * How often the sentence template {@code t} was used in this report; a shared template that reads
     * differently in each theme ({@code {@action}}) counts apart in each.
     */
    int uses(Template t) {
        return usesOf(t).getOrDefault(t, 0);
    }

    void used(Template t) {
        usesOf(t).merge(t, 1, Integer::sum);
    }

    private Map<Template, Integer> usesOf(Template t) {
        return templateUses.computeIfAbsent(t.themed() ? theme : "", k -> new IdentityHashMap<>());
    }

    void plant(PlantedFigure f) {
        figures.add(f);
    }

    void project(String name) {
        projects.add(name);
    }

    void company(String name) {
        companies.add(name);
    }

    List<PlantedFigure> figures() {
        return figures;
    }

    List<String> projects() {
        return projects;
    }

    List<String> companies() {
        return companies;
    }

    /** A point to roll back to. */
    int[] mark() {
        return new int[] {usedLog.size(), figures.size(), projects.size(), companies.size()};
    }

    /** Forgets everything used or planted since {@code mark}. */
    void rollback(int[] mark) {
        while (usedLog.size() > mark[0]) {
            Object[] claim = usedLog.remove(usedLog.size() - 1);
            ((Set<?>) claim[0]).remove(claim[1]);
        }
        truncate(figures, mark[1]);
        truncate(projects, mark[2]);
        truncate(companies, mark[3]);
    }

    private boolean claim(Set<String> set, String key) {
        if (!set.add(key)) {
            return false;
        }
        usedLog.add(new Object[] {set, key});
        return true;
    }

    private Set<String> set(String kind) {
        return used.computeIfAbsent(kind, k -> new HashSet<>());
    }

    private static void truncate(List<?> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }

    private static List<String> distinct(SplittableRandom rnd, int n, java.util.function.Supplier<String> make) {
        List<String> out = new ArrayList<>();
        for (int tries = 0; out.size() < n && tries < n * 10; tries++) {
            String s = make.get();
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
