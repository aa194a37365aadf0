package org.gwrkg.rdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.gwrkg.extract.Lexicons;

/**
 * Finds the concept of a SKOS vocabulary that a report's wording names: the indicator of
 * {@code ontology/indicators.ttl} that 规上工业增加值 or 全区规模以上工业增加值 stands for, the
 * sector of {@code ontology/sectors.ttl} that 文旅 or 文化旅游 stands for.
 *
 * <p>A wording matches a concept when, compared as {@link #key} does (Unicode NFKC, no quotes or
 * spaces, Latin letters in lower case), it equals one of the concept's labels
 * ({@code skos:prefLabel}, {@code skos:altLabel}, {@code skos:hiddenLabel}), either as it stands, or
 * after the openings that do not change what it names (全区, 全市, 全年 …) are removed, or after
 * that, without an opening verb (完成, 实现) or a closing word (增速 for an indicator, 产业 or 领域
 * for a sector) when what is left is a label. These words are data: {@code concept-affixes.tsv}. A
 * wording that matches no label is a concept of the second scheme, named by the wording without its
 * openings.
 *
 * <pre>{@code
 * ConceptMatcher.Match m = ConceptMatcher.indicators().match("规上工业增加值");
 * m.iri();      // https://w3id.org/gwrkg/id/indicator/industrial-value-added-above-scale
 * m.label();    // 规模以上工业增加值
 * m.standard(); // true
 * }</pre>
 */
public final class ConceptMatcher {

    /**
     * The concept a wording names.
     *
     * @param iri      the concept
     * @param label    its Chinese preferred label (for a concept of the second scheme, the wording)
     * @param scheme   the scheme it is in
     * @param standard whether it is a concept of the standard scheme
     */
    public record Match(String iri, String label, Resource scheme, boolean standard) {
    }

    private static final String AFFIXES = "/org/gwrkg/rdf/concept-affixes.tsv";

    private final Resource scheme;
    private final Resource wordingScheme;
    private final UnaryOperator<String> wordingIri;
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> leads = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    /** Each label's key, to the concept it labels. */
    private final Map<String, Match> byKey = new HashMap<>();

    private static final class Indicators {
        static final ConceptMatcher INSTANCE = new ConceptMatcher(Ontology.indicators(), GWR.SCHEMES.indicators,
                GWR.SCHEMES.indicatorWordings, Iris::indicatorWording, "indicator");
    }

    private static final class Sectors {
        static final ConceptMatcher INSTANCE = new ConceptMatcher(Ontology.sectors(), GWR.SCHEMES.sectors,
                GWR.SCHEMES.sectorWordings, Iris::sectorWording, "sector");
    }

    /**
     * A matcher over the concepts of {@code scheme} in {@code vocabulary}.
     *
     * @param wordingIri the IRI of a second-scheme concept, from its wording
     * @param kind       which rows of {@code concept-affixes.tsv} apply: indicator or sector
     * @throws IllegalStateException if two concepts share a label, or a concept has no Chinese preferred label
     */
    ConceptMatcher(Model vocabulary, Resource scheme, Resource wordingScheme, UnaryOperator<String> wordingIri,
                   String kind) {
        this.scheme = scheme;
        this.wordingScheme = wordingScheme;
        this.wordingIri = wordingIri;
        for (String[] row : Lexicons.tsv(AFFIXES)) {
            String applies = row[2].strip();
            if (applies.equals(kind) || applies.equals("both")) {
                String where = row[1].strip();
                (where.equals("prefix") ? prefixes : where.equals("lead") ? leads : suffixes).add(key(row[0]));
            }
        }
        vocabulary.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(c -> {
            Match m = new Match(c.getURI(), zhPrefLabel(c), scheme, true);
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (RDFNode label : vocabulary.listObjectsOfProperty(c, p).toList()) {
                    Match previous = byKey.put(key(label.asLiteral().getLexicalForm()), m);
                    if (previous != null && !previous.iri().equals(m.iri())) {
                        throw new IllegalStateException("label " + label + " belongs to both " + previous.iri()
                                + " and " + m.iri() + " in " + scheme.getURI());
                    }
                }
            }
        });
    }

    /** The indicators of {@code ontology/indicators.ttl}, read once. */
    public static ConceptMatcher indicators() {
        return Indicators.INSTANCE;
    }

    /** The sectors of {@code ontology/sectors.ttl}, read once. */
    public static ConceptMatcher sectors() {
        return Sectors.INSTANCE;
    }

    /** The concept a wording names: of the standard scheme if a label matches, else of the second scheme. */
    public Match match(String wording) {
        return standard(wording).orElseGet(() -> {
            String w = wording(wording);
            return new Match(wordingIri.apply(w), w, wordingScheme, false);
        });
    }

    /** The concept of the standard scheme a wording names, if any. */
    public Optional<Match> standard(String wording) {
        String whole = key(wording);
        Match m = byKey.get(whole);
        if (m != null) {
            return Optional.of(m);
        }
        String bare = key(wording(wording));
        List<String> candidates = new ArrayList<>(List.of(bare));
        for (String lead : leads) {
            if (bare.startsWith(lead) && bare.length() > lead.length()) {
                candidates.add(bare.substring(lead.length()));
            }
        }
        for (String c : candidates) {
            m = byKey.get(c);
            if (m != null) {
                return Optional.of(m);
            }
            for (String suffix : suffixes) {
                if (c.endsWith(suffix) && c.length() > suffix.length()) {
                    m = byKey.get(c.substring(0, c.length() - suffix.length()));
                    if (m != null) {
                        return Optional.of(m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A wording as the second scheme names it: NFKC, without quotes and spaces (as {@link Iris#normalise}),
     * and without the openings that do not change what it names, as long as two characters are left.
     */
    public String wording(String wording) {
        String w = Iris.normalise(Normalizer.normalize(wording, Normalizer.Form.NFKC));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String p : prefixes) {
                if (key(w).startsWith(p) && w.length() - p.length() >= 2) {
                    w = w.substring(p.length());
                    stripped = true;
                }
            }
        }
        return w;
    }

    /** How labels and wordings are compared: NFKC, no quotes or spaces, Latin letters in lower case. */
    public static String key(String label) {
        return Iris.normalise(Normalizer.normalize(label, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    /** The standard scheme. */
    public Resource scheme() {
        return scheme;
    }

    /** The second scheme, of wordings that match no label. */
    public Resource wordingScheme() {
        return wordingScheme;
    }

    /** The concepts of the standard scheme, each once. */
    public Collection<Match> concepts() {
        Map<String, Match> byIri = new HashMap<>();
        byKey.values().forEach(m -> byIri.putIfAbsent(m.iri(), m));
        return List.copyOf(byIri.values());
    }

    private String zhPrefLabel(Resource c) {
        return c.listProperties(SKOS.prefLabel).toList().stream()
                .map(s -> s.getLiteral())
                .filter(l -> l.getLanguage().equals("zh"))
                .map(l -> l.getLexicalForm())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(c.getURI() + " has no skos:prefLabel @zh in "
                        + scheme.getURI()));
    }
}
