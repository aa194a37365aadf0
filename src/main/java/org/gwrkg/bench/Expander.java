package org.gwrkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gwrkg.bench.Template.Part;
import org.gwrkg.bench.Template.Slot;
import org.gwrkg.bench.Template.Text;

/**
 * Fills templates: figures through {@link FigureMaker}, names through {@link NameMaker}, sectors
 * through {@link SectorLabels}, the region's words from the {@link Draft}, and every other slot from
 * {@code lists} of {@code templates.json}, recursively. The data is checked when it is made
 * ({@link TemplateCheck}), so a typo fails at once rather than in the thousandth report.
 */
final class Expander {

    private static final int MAX_DEPTH = 8;
    private static final int TRIES = 8;

    private final Templates templates;
    private final IndicatorTable indicators;
    private final FigureMaker figures;
    private final NameMaker names;
    private final SectorLabels sectors;

    Expander(Templates templates, IndicatorTable indicators, NameMaker names, SectorLabels sectors) {
        this.templates = templates;
        this.indicators = indicators;
        this.figures = new FigureMaker(templates);
        this.names = names;
        this.sectors = sectors;
        TemplateCheck.check(templates, indicators, sectors);
    }

    /** The text of {@code t}, or null when one of its slots cannot be filled; then nothing of it is kept. */
    String expand(Template t, Draft d) {
        int[] mark = d.mark();
        StringBuilder out = new StringBuilder();
        d.seen.clear();
        if (!append(t, d, out, 0)) {
            d.rollback(mark);
            return null;
        }
        return out.toString();
    }

    /** The text of a template of {@code group}, trying others when one cannot be filled; null if none could. */
    String expandAny(String group, Draft d) {
        List<Template> g = templates.group(group);
        for (int i = 0; i < TRIES; i++) {
            String s = expand(Pick.one(d.rnd, g), d);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * A sentence of {@code group} from a template used fewer than {@link Draft#maxUses} times in this
     * report; every template is tried, in random order, before giving up with null.
     */
    String sentence(String group, Draft d) {
        List<Template> g = templates.group(group);
        int n = g.size();
        int start = d.rnd.nextInt(n);
        int step = coprimeStep(n, d);
        for (int i = 0; i < n; i++) {
            Template t = g.get((start + i * step) % n);
            if (d.uses(t) < d.maxUses && free(t, d)) {
                String s = expand(t, d);
                if (s != null) {
                    d.used(t);
                    return s;
                }
            }
        }
        return null;
    }

    /** Whether every indicator the template names is still free: else it would be written and thrown away. */
    private static boolean free(Template t, Draft d) {
        for (String key : t.indicators()) {
            if (!d.indicatorFree(key)) {
                return false;
            }
        }
        return true;
    }

    /** A step that visits every index of {@code n} once: a random order without a shuffled copy. */
    private static int coprimeStep(int n, Draft d) {
        for (int tries = 0; tries < 8; tries++) {
            int step = 1 + d.rnd.nextInt(n);
            if (gcd(step, n) == 1) {
                return step;
            }
        }
        return 1;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private boolean append(Template t, Draft d, StringBuilder out, int depth) {
        for (Part p : t.parts()) {
            if (p instanceof Text x) {
                out.append(x.text());
            } else if (!fill((Slot) p, t, d, out, depth)) {
                return false;
            }
        }
        return true;
    }

    private boolean fill(Slot s, Template in, Draft d, StringBuilder out, int depth) {
        String v = switch (s.name()) {
            case "fig" -> fig(s, d);
            case "figs" -> figs(s.arg(0), Integer.parseInt(s.arg(1)), d);
            case "num" -> use(indicators.get(s.arg(0)), d) ? figures.number(indicators.get(s.arg(0)), d) : null;
            case "pct" -> use(indicators.get(s.arg(0)), d) ? figures.change(indicators.get(s.arg(0)), d) : null;
            case "target" -> target(s.arg(0), d);
            case "project" -> name("lists.project_" + s.arg(0), d, depth, true);
            case "company" -> name("lists.company", d, depth, false);
            case "brand" -> brand(d);
            case "brand_name" -> names.brandName(d.rnd);
            case "sector" -> sectors.one(s.arg(0), d.rnd);
            case "field" -> sectors.field(s.arg(0), d.rnd);
            case "sectors" -> String.join("、", sectors.some(s.arg(0), Integer.parseInt(s.arg(1)), d.rnd));
            case "place" -> names.place(d.rnd);
            case "pair" -> names.place(d.rnd).substring(0, 1) + names.place(d.rnd).substring(0, 1);
            case "town" -> Pick.one(d.rnd, d.towns);
            case "river" -> Pick.one(d.rnd, d.rivers);
            case "u" -> d.style.unit();
            case "upper" -> d.style.upper();
            case "stem" -> d.style.stem();
            case "region" -> d.style.region().name();
            case "prov" -> d.style.province();
            case "year" -> String.valueOf(d.year);
            case "next" -> String.valueOf(d.year + 1);
            default -> null;
        };
        if (v != null) {
            out.append(v);
            return true;
        }
        if (isFigure(s.name()) || s.name().equals("project") || s.name().equals("company") || s.name().equals("brand")) {
            return false;
        }
        // A word of the section's theme ({@action} in an industry section is themes.industry.words.action), or a list.
        List<Template> choices = s.name().startsWith("@") ? templates.words(d.theme, s.name()) : templates.list(s.name());
        if (depth >= MAX_DEPTH) {
            throw new IllegalStateException(Templates.RESOURCE + ": lists nest deeper than " + MAX_DEPTH + " at {" + s.name() + "}");
        }
        if (!in.repeats(s.name())) {
            return append(Pick.one(d.rnd, choices), d, out, depth + 1);
        }
        return distinct(choices, s.name(), d, out, depth);
    }

    /**
     * Appends a choice of a list that occurs more than once in a template, a different one from what
     * it gave before in the sentence when it can (深化产学研合作，深化产学研合作 reads as a slip).
     */
    private boolean distinct(List<Template> choices, String slot, Draft d, StringBuilder out, int depth) {
        List<String> before = d.seen.computeIfAbsent(slot, k -> new ArrayList<>());
        for (int i = 0; ; i++) {
            int[] mark = d.mark();
            StringBuilder b = new StringBuilder();
            if (!append(Pick.one(d.rnd, choices), d, b, depth + 1)) {
                d.rollback(mark);
                return false;
            }
            if (!before.contains(b.toString()) || i == 3) {
                before.add(b.toString());
                out.append(b);
                return true;
            }
            d.rollback(mark);
        }
    }

    private String fig(Slot s, Draft d) {
        String form = s.arg(1);
        FigureMaker.Form wanted = form == null ? null : FigureMaker.Form.valueOf(form.toUpperCase(Locale.ROOT));
        IndicatorSpec spec;
        if (s.arg(0).startsWith("@")) {
            spec = free(theme(s.arg(0), d), wanted, false, d);
        } else {
            spec = indicators.get(s.arg(0));
        }
        if (spec == null || !use(spec, d)) {
            return null;
        }
        return figures.phrase(spec, FigureMaker.resolve(spec, wanted, d.rnd), d);
    }

    private String figs(String theme, int n, Draft d) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IndicatorSpec spec = free(theme, null, true, d);
            if (spec == null || !use(spec, d)) {
                break;
            }
            parts.add(figures.phrase(spec, FigureMaker.resolve(spec, null, d.rnd), d));
        }
        return parts.isEmpty() ? null : String.join("，", parts);
    }

    private String target(String arg, Draft d) {
        IndicatorSpec spec = arg.startsWith("@") ? free(theme(arg, d), null, true, d) : indicators.get(arg);
        return spec != null && use(spec, d) ? figures.target(spec, d) : null;
    }

    /** The theme an argument names: {@code @industry}, or {@code @} alone for the section's own. */
    private static String theme(String arg, Draft d) {
        return arg.equals("@") ? d.theme : arg.substring(1);
    }

    /**
     * An indicator of {@code theme} not used yet in this part, that fits {@code form} when one is asked,
     * and is one of the vocabulary's when {@code standard} (headline figures and goals are).
     */
    private IndicatorSpec free(String theme, FigureMaker.Form form, boolean standard, Draft d) {
        List<IndicatorSpec> open = new ArrayList<>();
        for (IndicatorSpec spec : indicators.theme(theme)) {
            if (d.indicatorFree(spec.key()) && (form == null || FigureMaker.fits(spec, form)) && (!standard || spec.standard())) {
                open.add(spec);
            }
        }
        return open.isEmpty() ? null : Pick.one(d.rnd, open);
    }

    private static boolean use(IndicatorSpec spec, Draft d) {
        return d.useIndicator(spec.key());
    }

    /** A project or company name from a list, new in this report, recorded as planted. */
    private String name(String list, Draft d, int depth, boolean project) {
        for (int i = 0; i < TRIES; i++) {
            StringBuilder b = new StringBuilder();
            if (append(Pick.one(d.rnd, templates.group(list)), d, b, depth + 1) && d.useName(b.toString())) {
                if (project) {
                    d.project(b.toString());
                } else {
                    d.company(b.toString());
                }
                return b.toString();
            }
        }
        return null;
    }

    private String brand(Draft d) {
        for (int i = 0; i < TRIES; i++) {
            String b = names.brand(d.rnd);
            if (d.useName(b)) {
                d.company(b);
                return b;
            }
        }
        return null;
    }

    private static boolean isFigure(String slot) {
        return switch (slot) {
            case "fig", "figs", "num", "pct", "target" -> true;
            default -> false;
        };
    }
}
