package org.gwrkg.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.gwrkg.read.Region;

/**
 * Writes figures: a level in the indicator's unit with a verb (固定资产投资完成146.3亿元), a change
 * (增长6.2%, 下降3.1%), an absolute change (提高0.8个百分点), or a goal for next year (增长6%左右), and
 * records each as a {@link PlantedFigure} with the value the guidelines define.
 *
 * <p>Levels are drawn log-uniformly in the table's county range and multiplied by 8 for a
 * prefecture and by 80 for a province when the amount grows with the region; an amount of 10,000
 * or more moves up a magnitude (12500万元 is written 1.25亿元, 23000人 2.3万人).
 */
final class FigureMaker {

    /** The shapes of a figure a template may ask for. */
    enum Form { LEVEL, RATE, BOTH, ABS }

    /** Canonical units that keep their size as written: money per head, shares, days, ages. */
    private static final Set<String> FIXED_UNITS = Set.of("CNY", "USD", "percent", "percentage_point", "day", "year_of_age");
    private static final String[] UP = {"", "万", "亿", "万亿"};
    private static final double[] POWERS = {1, 10, 100, 1000, 10000};

    private final Templates templates;

    FigureMaker(Templates templates) {
        this.templates = templates;
    }

    /** Whether {@code spec} can be written in {@code form}. */
    static boolean fits(IndicatorSpec spec, Form form) {
        return switch (form) {
            case LEVEL -> spec.hasLevel();
            case RATE -> spec.hasRate();
            case BOTH -> spec.hasLevel() && spec.hasRate();
            case ABS -> spec.hasAbs();
        };
    }

    /** A form {@code spec} allows, {@code wanted} if it can, else the closest one. */
    static Form resolve(IndicatorSpec spec, Form wanted, SplittableRandom rnd) {
        if (wanted != null && fits(spec, wanted)) {
            return wanted;
        }
        if (wanted == null) {
            double u = rnd.nextDouble();
            Form pick = u < 0.35 ? Form.BOTH : u < 0.65 ? Form.LEVEL : u < 0.9 ? Form.RATE : Form.ABS;
            if (fits(spec, pick)) {
                return pick;
            }
        }
        return spec.hasLevel() ? Form.LEVEL : Form.RATE;
    }

    /** The figure with its wording: 地区生产总值达到285.6亿元、增长6.2%. */
    String phrase(IndicatorSpec spec, Form form, Draft d) {
        String w = Pick.one(d.rnd, spec.labels());
        return switch (form) {
            // 约 and 以上 go with round amounts (85亿元以上), not with counts of things (86个).
            case LEVEL -> level(spec, w, d, !spec.level().magnitude().isEmpty() && Pick.chance(d.rnd, 0.08)
                    ? Pick.one(d.rnd, List.of("左右", "以上")) : "");
            case RATE -> w + rate(spec, w, d);
            case BOTH -> level(spec, w, d, "") + Pick.one(d.rnd, List.of("、", "，", "、")) + rate(spec, w, d);
            case ABS -> level(spec, w, d, "") + "，" + abs(spec, w, d);
        };
    }

    /** The level's number and unit alone, for a template that words it itself: 41个. */
    String number(IndicatorSpec spec, Draft d) {
        return amount(spec, spec.labels().get(0), d, false);
    }

    /** The change alone: 增长6.2%. */
    String change(IndicatorSpec spec, Draft d) {
        return rate(spec, spec.labels().get(0), d);
    }

    /** A goal for next year: 地区生产总值增长6%左右, 城镇新增就业5000人以上. */
    String target(IndicatorSpec spec, Draft d) {
        String w = Pick.one(d.rnd, spec.labels());
        if (spec.hasRate() && (!spec.hasLevel() || Pick.chance(d.rnd, 0.75))) {
            double lo = spec.rateHigh() < 0 ? spec.rateLow() : Math.max(spec.rateLow(), 0.5);
            double r = StrictMath.round((lo + d.rnd.nextDouble() * (spec.rateHigh() - lo)) * 2) / 2.0;
            if (r == 0) {
                r = spec.rateHigh() < 0 ? -0.5 : 0.5;
            }
            BigDecimal value = BigDecimal.valueOf(r).stripTrailingZeros();
            String shown = value.abs().toPlainString() + "%";
            d.plant(new PlantedFigure(w, "changeRate", value, "percent", shown));
            String hedge = Pick.one(d.rnd, List.of("左右", "以上", "左右", ""));
            return w + (r < 0 ? "下降" : "增长") + shown + hedge;
        }
        String pattern = Pick.one(d.rnd, templates.verbs(spec.verbs()));
        String hedge = pattern.contains("以内") ? "" : Pick.one(d.rnd, List.of("以上", "左右", ""));
        return pattern.replace("{w}", w).replace("{n}", amount(spec, w, d, true) + hedge);
    }

    private String level(IndicatorSpec spec, String w, Draft d, String hedge) {
        String pattern = Pick.one(d.rnd, templates.verbs(spec.verbs()));
        return pattern.replace("{w}", w).replace("{n}", amount(spec, w, d, false) + (pattern.contains("以内") ? "" : hedge));
    }

    /** Draws, writes and plants a level: 146.3亿元; a goal is round (150亿元, 5600人). */
    private String amount(IndicatorSpec spec, String w, Draft d, boolean goal) {
        double scale = !spec.scales() ? 1 : switch (d.style.region().level()) {
            case Region.PROVINCE -> 80;
            case Region.PREFECTURE -> 8;
            default -> 1;
        };
        double v = logUniform(d.rnd, spec.low(), spec.high()) * scale;
        IndicatorSpec.WrittenUnit u = spec.level();
        int step = List.of(UP).indexOf(u.magnitude());
        int decimals = spec.decimals();
        boolean movable = step >= 0 && (!u.magnitude().isEmpty() || !FIXED_UNITS.contains(u.code()));
        while (movable && v >= 10_000 && step < UP.length - 1) {
            v /= 10_000;
            step++;
            decimals = Math.max(decimals, Pick.between(d.rnd, 1, 2));
        }
        String magnitude = step >= 0 ? UP[step] : u.magnitude();
        BigDecimal shown = round(v, decimals);
        if (goal && shown.precision() > 2 && !u.code().equals("percent")) {
            shown = canonical(shown.round(new MathContext(2)));
        }
        BigDecimal factor = step >= 0 ? BigDecimal.TEN.pow(4 * step) : u.magnitudeFactor();
        String raw = shown.toPlainString() + magnitude + u.word();
        d.plant(new PlantedFigure(w, "level", canonical(shown.multiply(factor).multiply(u.factor())), u.code(), raw));
        return raw;
    }

    private String rate(IndicatorSpec spec, String w, Draft d) {
        double r = spec.rateLow() + d.rnd.nextDouble() * (spec.rateHigh() - spec.rateLow());
        BigDecimal value = round(r, 1);
        if (value.signum() == 0) {
            value = new BigDecimal(spec.rateHigh() < 0 ? "-0.1" : "0.1");
        }
        String shown = value.abs().toPlainString() + "%";
        d.plant(new PlantedFigure(w, "changeRate", canonical(value), "percent", shown));
        List<String> verbs = value.signum() > 0 ? templates.verbs("rise") : templates.verbs("fall");
        return Pick.one(d.rnd, verbs) + shown;
    }

    private String abs(IndicatorSpec spec, String w, Draft d) {
        IndicatorSpec.WrittenUnit u = spec.abs();
        int decimals = u.code().equals("percentage_point") ? (spec.absHigh() < 1 ? 2 : 1) : 0;
        BigDecimal value = round(spec.absLow() + d.rnd.nextDouble() * (spec.absHigh() - spec.absLow()), decimals);
        if (value.signum() == 0) {
            value = BigDecimal.ONE.movePointLeft(decimals);
        }
        String raw = value.toPlainString() + u.magnitude() + u.word();
        d.plant(new PlantedFigure(w, "changeAbs", canonical(value.multiply(u.magnitudeFactor()).multiply(u.factor())), u.code(), raw));
        String verbs = switch (u.code()) {
            case "percentage_point" -> "abs_point";
            case "day" -> "abs_day";
            default -> "abs_count";
        };
        return Pick.one(d.rnd, templates.verbs(verbs)) + raw;
    }

    private static double logUniform(SplittableRandom rnd, double low, double high) {
        if (low <= 0 || high <= low) {
            return low + rnd.nextDouble() * (high - low);
        }
        return low * StrictMath.exp(rnd.nextDouble() * StrictMath.log(high / low));
    }

    /** The number as written, never zero: 0.04 with one decimal is written 0.1. */
    private static BigDecimal round(double v, int decimals) {
        // Through a long rather than BigDecimal.valueOf(double), which formats the double as text first.
        BigDecimal b = BigDecimal.valueOf(StrictMath.round(v * POWERS[decimals]), decimals);
        if (b.signum() == 0) {
            b = BigDecimal.ONE.movePointLeft(decimals);
        }
        return canonical(b);
    }

    private static BigDecimal canonical(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
