package org.gwrkg.rdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The units of {@code ontology/units.ttl} by the unit code of the annotation guidelines
 * ({@code skos:notation}): {@code percent} is {@code http://qudt.org/vocab/unit/PERCENT},
 * {@code mu} is {@code https://w3id.org/gwrkg/id/unit/mu}.
 */
public final class UnitVocabulary {

    private final Map<String, String> byCode = new HashMap<>();

    private static final class Standard {
        static final UnitVocabulary INSTANCE = new UnitVocabulary(Ontology.units());
    }

    /**
     * The units of {@code vocabulary}.
     *
     * @throws IllegalStateException if two units have the same code
     */
    UnitVocabulary(Model vocabulary) {
        vocabulary.listSubjectsWithProperty(RDF.type, GWR.QUDT.Unit).forEachRemaining(u -> {
            for (RDFNode code : vocabulary.listObjectsOfProperty(u, SKOS.notation).toList()) {
                String previous = byCode.put(code.asLiteral().getLexicalForm(), u.getURI());
                if (previous != null && !previous.equals(u.getURI())) {
                    throw new IllegalStateException("unit code " + code + " belongs to both " + previous + " and " + u);
                }
            }
        });
    }

    /** The units of {@code ontology/units.ttl}, read once. */
    public static UnitVocabulary standard() {
        return Standard.INSTANCE;
    }

    /** The unit of a code, if the vocabulary has it. */
    public Optional<String> known(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The unit of a code: the vocabulary's, or else {@code id/unit/{code}}. */
    public String iri(String code) {
        return known(code).orElseGet(() -> Iris.unit(code));
    }

    /** The codes the vocabulary knows, with their units. */
    public Map<String, String> codes() {
        return Map.copyOf(byCode);
    }
}
