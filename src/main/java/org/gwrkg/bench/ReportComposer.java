package org.gwrkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one report in the order real ones take: header, the review of the year (a summary with
 * the headline figures, then numbered sections （一）（二）… whose paragraphs open with a topic
 * sentence), thanks and problems, next year's requirements and targets, the tasks in numbered
 * sections, the government's own conduct, and the closing call.
 *
 * <p>The report aims at a length drawn from {@link LengthDistribution}: the fixed parts are written
 * first, and the sections share the rest, 60% for the review and 40% for the tasks; sections are
 * more and longer in a longer report (one per about 2,800 characters, 2 to 11 on each side). A
 * sentence is added only while the report stays within its target, so no report is longer than the
 * maximum; one that falls short of the minimum gets more sentences at its end.
 */
final class ReportComposer {

    private static final String BREAK = "\n\n";
    /** The least room a new paragraph needs: a topic sentence and one sentence. */
    private static final int PARAGRAPH_ROOM = 90;

    private final Templates templates;
    private final Expander expander;
    private final NameMaker names;
    private final LengthDistribution lengths;
    private final int min;
    private final int max;

    ReportComposer(Templates templates, Expander expander, NameMaker names, int min, int max) {
        this.templates = templates;
        this.expander = expander;
        this.names = names;
        this.lengths = new LengthDistribution(min, max);
        this.min = min;
        this.max = max;
    }

    LengthDistribution lengths() {
        return lengths;
    }

    GeneratedReport compose(RegionPool.Assignment a) {
        SplittableRandom rnd = new SplittableRandom(a.seed());
        Draft d = new Draft(a.style(), a.year(), rnd, names);
        int target = lengths.draw(rnd);
        d.maxUses = 2 + target / 15_000;
        boolean fourParts = Pick.chance(rnd, 0.3);

        String header = HeaderWriter.write(a.style(), a.year(), names.person(rnd), rnd) + "各位代表：" + BREAK
                + one("opening", d) + BREAK;
        d.phase("review");
        String review = "一、" + one("review.headings", d) + BREAK + one("review.intro", d) + BREAK + optional("review.lead", d);
        String reviewEnd = one("review.closing", d) + BREAK + one("review.problems", d) + BREAK;
        d.phase("plan");
        String plan = planOpening(fourParts, d);
        String government = government(fourParts, target, d);
        String ending = one("government.ending", d) + "\n";

        int fixed = header.length() + review.length() + reviewEnd.length() + plan.length() + government.length() + ending.length();
        Budget budget = new Budget(target - fixed);
        int reviewShare = (int) (budget.left * 0.6);
        int sections = Math.max(2, Math.min(11, Math.round(target / 2800f)));

        d.phase("review");
        List<StringBuilder> reviewSections = sections("review", sections, reviewShare, budget, d);
        d.phase("plan");
        List<StringBuilder> planSections = sections("plan", sections, budget.left, budget, d);

        StringBuilder text = new StringBuilder(target + 200).append(header).append(review);
        reviewSections.forEach(text::append);
        text.append(reviewEnd).append(plan);
        planSections.forEach(text::append);
        int written = fixed + budget.spent;
        if (written < target - PARAGRAPH_ROOM) {
            // The sections' themes ran out of sentences before the target: top up with tasks of any theme.
            String more = filler(target - written - PARAGRAPH_ROOM, target - written, d);
            text.append(more);
            written += more.length();
        }
        if (written < min) {
            // A very long report has used every template its share of times; the minimum wins over variety.
            d.maxUses = Integer.MAX_VALUE;
            text.append(filler(min - written, max - written, d));
        }
        text.append(government).append(ending);
        return new GeneratedReport(a.style().region().code(), a.style().region().name(), a.year(), text.toString(),
                d.figures(), d.projects(), d.companies());
    }

    /** Next year's part up to its sections: requirements and targets, under one heading or (a third of reports) two. */
    private String planOpening(boolean fourParts, Draft d) {
        String goals = one("plan.requirements", d) + BREAK + one("plan.targets", d) + BREAK;
        if (fourParts) {
            return "二、" + one("plan.goal_headings", d) + BREAK + goals
                    + "三、" + one("plan.task_headings", d) + BREAK + optional("plan.targets_after", d);
        }
        return "二、" + one("plan.headings", d) + BREAK + goals + optional("plan.targets_after", d);
    }

    /** The government's own conduct: one paragraph, and one more per 12,000 characters of the report, up to four. */
    private String government(boolean fourParts, int target, Draft d) {
        StringBuilder g = new StringBuilder(fourParts ? "四、" : "三、").append(one("government.headings", d)).append(BREAK);
        for (String p : distinct("government.paragraphs", Math.min(4, 1 + target / 12_000), d)) {
            g.append(p).append(BREAK);
        }
        return g.toString();
    }

    /** {@code count} numbered sections of themes in report order, sharing {@code share} characters. */
    private List<StringBuilder> sections(String kind, int count, int share, Budget budget, Draft d) {
        List<String> themes = themes(count, d.rnd);
        List<StringBuilder> out = new ArrayList<>();
        int left = share;
        for (int i = 0; i < themes.size(); i++) {
            // What a section leaves unused (its theme ran out of sentences) goes to the ones after it.
            int allowance = Math.min(budget.left, left / (themes.size() - i));
            if (allowance < PARAGRAPH_ROOM) {
                break;
            }
            String theme = themes.get(i);
            d.theme = theme;
            String path = "themes." + theme + ".";
            StringBuilder section = new StringBuilder();
            Budget local = new Budget(allowance);
            String opening = "（" + HeaderWriter.numeral(out.size() + 1) + "）" + one(path + kind + "_topics", d) + "。";
            if (!paragraph(section, opening, path + kind, local, d)) {
                continue;
            }
            while (local.left >= PARAGRAPH_ROOM) {
                String topic = one(kind.equals("plan") ? "plan.paragraph_topics" : path + "paragraph_topics", d);
                if (!paragraph(section, topic, path + kind, local, d)) {
                    break;
                }
            }
            budget.spend(local.spent);
            left -= local.spent;
            out.add(section);
        }
        return out;
    }

    /** Writes a paragraph of a topic and sentences of {@code group}; false when not even one sentence fitted. */
    private boolean paragraph(StringBuilder out, String topic, String group, Budget budget, Draft d) {
        int aim = Pick.between(d.rnd, 120, 520);
        StringBuilder p = new StringBuilder(topic);
        int sentences = 0;
        int misses = 0;
        while (p.length() < aim && misses < 3) {
            // Now and then a sentence any section could hold, as real sections stray from their theme;
            // always one when the theme's own sentences are used up.
            boolean shared = Pick.chance(d.rnd, 0.35);
            int[] mark = d.mark();
            String s = expander.sentence(shared ? common(group) : group, d);
            if (s == null) {
                s = expander.sentence(shared ? group : common(group), d);
            }
            if (s == null || p.length() + s.length() + BREAK.length() > budget.left) {
                // A sentence left out takes its figures and names with it.
                d.rollback(mark);
                misses++;
                continue;
            }
            p.append(s);
            sentences++;
        }
        if (sentences == 0) {
            return false;
        }
        p.append(BREAK);
        budget.spend(p.length());
        out.append(p);
        return true;
    }

    /** The shared sentences of the same kind as {@code group}: common.review or common.plan. */
    private static String common(String group) {
        return group.endsWith(".plan") ? "common.plan" : "common.review";
    }

    /** Paragraphs of tasks for a report short of its target: at least {@code need} characters if it can, at most {@code room}. */
    private String filler(int need, int room, Draft d) {
        Budget budget = new Budget(room);
        StringBuilder out = new StringBuilder();
        int failures = 0;
        while (budget.spent < need && failures < templates.themes().size()) {
            String theme = Pick.one(d.rnd, templates.themes());
            d.theme = theme;
            String topic = one("plan.paragraph_topics", d);
            if (!paragraph(out, topic, "themes." + theme + ".plan", budget, d)) {
                failures++;
            }
        }
        return out.toString();
    }

    /** {@code count} themes in the order reports take them up, industry always among them. */
    private List<String> themes(int count, SplittableRandom rnd) {
        List<String> all = templates.themes();
        List<String> chosen = new ArrayList<>(List.of(all.get(0)));
        List<String> rest = new ArrayList<>(all.subList(1, all.size()));
        while (chosen.size() < Math.min(count, all.size())) {
            chosen.add(rest.remove(rnd.nextInt(rest.size())));
        }
        chosen.sort((x, y) -> Integer.compare(all.indexOf(x), all.indexOf(y)));
        return chosen;
    }

    private String one(String group, Draft d) {
        String s = expander.expandAny(group, d);
        if (s == null) {
            throw new IllegalStateException(Templates.RESOURCE + ": no template of " + group + " could be filled");
        }
        return s;
    }

    private String optional(String group, Draft d) {
        String s = one(group, d);
        return s.isEmpty() ? "" : s + BREAK;
    }

    private List<String> distinct(String group, int n, Draft d) {
        List<String> out = new ArrayList<>();
        List<Template> pool = new ArrayList<>(templates.group(group));
        while (out.size() < n && !pool.isEmpty()) {
            String s = expander.expand(pool.remove(d.rnd.nextInt(pool.size())), d);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Characters left to write and written. */
    private static final class Budget {
        int left;
        int spent;

        Budget(int left) {
            this.left = left;
        }

        void spend(int n) {
            left -= n;
            spent += n;
        }
    }
}
