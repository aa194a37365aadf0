package org.gwrkg.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.gwrkg.extract.Lexicons;
import org.gwrkg.extract.metric.UnitTable;
import org.gwrkg.rdf.Ontology;

/**
 * The indicators of {@code indicators.tsv} beside this class, with their wordings taken from the
 * indicators vocabulary ({@code ontology/indicators.ttl}) and their units read by the extractor's
 * unit table ({@code extract/metric/units.tsv}, {@code magnitudes.tsv}), so that a figure is
 * written only in words and units gwrkg knows how to read, and its canonical value is the one the
 * guidelines define.
 */
final class IndicatorTable {

    static final String RESOURCE = "/org/gwrkg/bench/indicators.tsv";

    private final Map<String, IndicatorSpec> byKey = new LinkedHashMap<>();
    private final Map<String, List<IndicatorSpec>> byTheme = new HashMap<>();

    IndicatorTable(List<String[]> rows, Map<String, List<String>> vocabulary, UnitTable units) {
        for (String[] r : rows) {
            if (r.length != 11) {
                throw bad(r, "has " + r.length + " columns, not 11");
            }
            String key = r[0];
            List<String> labels = labels(r, vocabulary);
            boolean level = !r[3].equals("-");
            Double[] rate = range(r, r[9]);
            IndicatorSpec.WrittenUnit abs = null;
            double[] absRange = {0, 0};
            if (!r[10].equals("-")) {
                String[] f = r[10].split(":");
                abs = unit(r, f[0], units);
                Double[] a = range(r, f[1]);
                absRange = new double[] {a[0], a[1]};
            }
            IndicatorSpec spec = new IndicatorSpec(key, !r[1].startsWith("own:"), labels, r[2], level ? r[3] : null, level ? unit(r, r[4], units) : null,
                    Double.parseDouble(r[5]), Double.parseDouble(r[6]), Integer.parseInt(r[7]), r[8].equals("1"),
                    rate == null ? null : rate[0], rate == null ? null : rate[1], abs, absRange[0], absRange[1]);
            if (!level && rate == null) {
                throw bad(r, "gives neither a level nor a change");
            }
            if (byKey.put(key, spec) != null) {
                throw bad(r, "repeats the key " + key);
            }
            byTheme.computeIfAbsent(spec.theme(), t -> new ArrayList<>()).add(spec);
        }
    }

    /** The shipped table, checked against the shipped vocabulary and unit table. */
    static IndicatorTable standard() {
        return new IndicatorTable(Lexicons.tsv(RESOURCE), vocabularyLabels(Ontology.indicators()), UnitTable.standard());
    }

    IndicatorSpec get(String key) {
        IndicatorSpec s = byKey.get(key);
        if (s == null) {
            throw new IllegalStateException(RESOURCE + ": no indicator \"" + key + "\"");
        }
        return s;
    }

    /** All indicators, in table order. */
    Collection<IndicatorSpec> all() {
        return byKey.values();
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    boolean hasTheme(String theme) {
        return byTheme.containsKey(theme);
    }

    /** The indicators of a theme, in table order. */
    List<IndicatorSpec> theme(String theme) {
        return byTheme.getOrDefault(theme, List.of());
    }

    /** Chinese labels of each concept by notation: preferred label first, then the others. */
    static Map<String, List<String>> vocabularyLabels(Model model) {
        Map<String, List<String>> out = new HashMap<>();
        model.listSubjectsWithProperty(SKOS.notation).forEachRemaining(c -> {
            List<String> labels = new ArrayList<>();
            add(c, SKOS.prefLabel, labels);
            add(c, SKOS.altLabel, labels);
            add(c, SKOS.hiddenLabel, labels);
            out.put(c.getProperty(SKOS.notation).getString(), labels);
        });
        return out;
    }

    private static void add(Resource c, Property p, List<String> into) {
        List<String> found = new ArrayList<>();
        for (RDFNode n : c.listProperties(p).mapWith(s -> s.getObject()).toList()) {
            if (n.isLiteral() && "zh".equals(((Literal) n).getLanguage())) {
                found.add(n.asLiteral().getString());
            }
        }
        found.sort(null); // Jena's order is not fixed; the generator's draws must be
        into.addAll(found);
    }

    private static List<String> labels(String[] r, Map<String, List<String>> vocabulary) {
        String key = r[0];
        String spec = r[1];
        if (spec.startsWith("own:")) {
            if (vocabulary.containsKey(key)) {
                throw bad(r, "gives its own wordings, but " + key + " is a concept of the vocabulary: use its labels");
            }
            return Arrays.asList(spec.substring(4).split("\\|"));
        }
        List<String> known = vocabulary.get(key);
        if (known == null) {
            throw bad(r, key + " is no notation of ontology/indicators.ttl");
        }
        if (spec.equals("*")) {
            return known;
        }
        if (spec.equals("=")) {
            return List.of(known.get(0));
        }
        List<String> chosen = new ArrayList<>();
        for (String label : spec.split("\\|")) {
            String l = label.equals("=") ? known.get(0) : label;
            if (!known.contains(l)) {
                throw bad(r, "\"" + l + "\" is no label of " + key + " in ontology/indicators.ttl");
            }
            chosen.add(l);
        }
        return chosen;
    }

    private static IndicatorSpec.WrittenUnit unit(String[] r, String written, UnitTable units) {
        BigDecimal magnitude = units.magnitudeAt(written, 0);
        int magLength = units.magnitudeLength(written, 0);
        UnitTable.Unit u = units.unitAt(written, magLength);
        if (u == null || magLength + u.written().length() != written.length()) {
            throw bad(r, "unit \"" + written + "\" is not a magnitude and unit of extract/metric/units.tsv");
        }
        return new IndicatorSpec.WrittenUnit(written.substring(0, magLength), magnitude == null ? BigDecimal.ONE : magnitude,
                u.written(), u.code(), u.factor());
    }

    private static Double[] range(String[] r, String s) {
        if (s.equals("-")) {
            return null;
        }
        String[] f = s.split("\\.\\.");
        if (f.length != 2) {
            throw bad(r, "range \"" + s + "\" is not low..high");
        }
        return new Double[] {Double.valueOf(f[0]), Double.valueOf(f[1])};
    }

    private static IllegalStateException bad(String[] row, String why) {
        return new IllegalStateException(RESOURCE + ": row \"" + String.join("\t", row) + "\" " + why);
    }
}
