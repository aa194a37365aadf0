package org.gwrkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gwrkg.bench.Template.Part;
import org.gwrkg.bench.Template.Slot;

/**
 * Checks the generator's data before any report is written: every slot of {@code templates.json}
 * names a slot the {@link Expander} fills, an indicator or theme of {@code indicators.tsv}, a list, a
 * sector group, or a word every theme defines; every indicator's verb class exists and writes both
 * its wording and its number; the parts every report needs are there.
 */
final class TemplateCheck {

    private static final Set<String> FORMS = Set.of("level", "rate", "both", "abs");
    private static final Set<String> PLAIN = Set.of("company", "brand", "brand_name", "place", "pair", "town", "river",
            "u", "upper", "stem", "region", "prov", "year", "next");
    /** The verb classes FigureMaker itself uses for changes. */
    private static final List<String> CHANGE_VERBS = List.of("rise", "fall", "abs_point", "abs_day", "abs_count");

    private final Templates templates;
    private final IndicatorTable indicators;
    private final SectorLabels sectors;

    private TemplateCheck(Templates templates, IndicatorTable indicators, SectorLabels sectors) {
        this.templates = templates;
        this.indicators = indicators;
        this.sectors = sectors;
    }

    /**
     * @throws IllegalStateException naming the file, the template and what is wrong
     */
    static void check(Templates templates, IndicatorTable indicators, SectorLabels sectors) {
        new TemplateCheck(templates, indicators, sectors).run();
    }

    private void run() {
        for (Map.Entry<String, List<Template>> g : templates.groups().entrySet()) {
            for (Template t : g.getValue()) {
                for (Part p : t.parts()) {
                    if (p instanceof Slot s) {
                        String problem = problem(s);
                        if (problem != null) {
                            throw new IllegalStateException(Templates.RESOURCE + ": " + g.getKey() + ": \"" + t.source()
                                    + "\": {" + String.join(":", slotText(s)) + "} " + problem);
                        }
                    }
                }
            }
        }
        for (String group : List.of("opening", "review.headings", "review.intro", "review.lead", "review.closing",
                "review.problems", "plan.headings", "plan.goal_headings", "plan.task_headings", "plan.requirements",
                "plan.targets", "plan.targets_after", "plan.paragraph_topics", "government.headings",
                "government.paragraphs", "government.ending", "common.review", "common.plan")) {
            templates.group(group);
        }
        for (String theme : templates.themes()) {
            for (String part : List.of("review_topics", "plan_topics", "paragraph_topics", "review", "plan")) {
                templates.group("themes." + theme + "." + part);
            }
        }
        for (String verbs : CHANGE_VERBS) {
            templates.verbs(verbs);
        }
        for (IndicatorSpec spec : indicators.all()) {
            if (spec.hasLevel()) {
                for (String pattern : templates.verbs(spec.verbs())) {
                    if (!pattern.contains("{w}") || !pattern.contains("{n}")) {
                        throw new IllegalStateException(Templates.RESOURCE + ": verbs." + spec.verbs() + ": \"" + pattern
                                + "\" lacks {w} or {n}");
                    }
                }
            }
        }
    }

    private String problem(Slot s) {
        String a = s.arg(0);
        switch (s.name()) {
            case "fig", "target", "num", "pct" -> {
                if (a == null) {
                    return "needs an indicator";
                }
                if (a.startsWith("@")) {
                    return s.name().equals("num") || s.name().equals("pct") ? "needs a key, not a theme"
                            : a.equals("@") || indicators.hasTheme(a.substring(1)) ? null : "names no theme of indicators.tsv";
                }
                if (!indicators.has(a)) {
                    return "names no indicator of indicators.tsv";
                }
                IndicatorSpec spec = indicators.get(a);
                if (s.name().equals("num") && !spec.hasLevel() || s.name().equals("pct") && !spec.hasRate()) {
                    return "asks for what the indicator does not have";
                }
                return s.arg(1) == null || FORMS.contains(s.arg(1)) ? null : "has no form level, rate, both or abs";
            }
            case "figs" -> {
                return a != null && indicators.hasTheme(a) && s.arg(1) != null && s.arg(1).matches("\\d+") ? null
                        : "needs a theme of indicators.tsv and a count";
            }
            case "project" -> {
                return templates.has("lists.project_" + a) ? null : "has no list project_" + a;
            }
            case "sector", "field" -> {
                return sectors.has(a) ? null : "names no sector group";
            }
            case "sectors" -> {
                return sectors.has(a) && s.arg(1) != null && s.arg(1).matches("\\d+") ? null : "needs a sector group and a count";
            }
            default -> {
                if (s.name().startsWith("@")) {
                    for (String theme : templates.themes()) {
                        if (!templates.has("themes." + theme + ".words." + s.name().substring(1))) {
                            return "is missing from themes." + theme + ".words";
                        }
                    }
                    return null;
                }
                if (PLAIN.contains(s.name())) {
                    return s.name().equals("company") && !templates.has("lists.company") ? "has no list company" : null;
                }
                return templates.has("lists." + s.name()) ? null : "is no slot and no list";
            }
        }
    }

    private static List<String> slotText(Slot s) {
        List<String> all = new ArrayList<>();
        all.add(s.name());
        all.addAll(s.args());
        return all;
    }
}
