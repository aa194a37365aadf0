package org.gwrkg.store;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;

/** Small report graphs for store and server tests. */
public final class TestGraphs {

    public static final String NS = "https://w3id.org/gwrkg/ontology#";
    public static final String REPORT_A = "https://w3id.org/gwrkg/id/report/a";
    public static final String REPORT_B = "https://w3id.org/gwrkg/id/report/b";

    private TestGraphs() {
    }

    /** A graph of {@code n} observations, each with a label and a value: 2n triples. */
    public static Model observations(String prefix, int n) {
        Model m = ModelFactory.createDefaultModel();
        Property value = m.createProperty(NS, "value");
        for (int i = 0; i < n; i++) {
            m.createResource("https://w3id.org/gwrkg/id/obs/" + prefix + i)
                    .addLiteral(value, i)
                    .addProperty(m.createProperty(NS, "indicatorText"), prefix + "指标" + i, "zh");
        }
        return m;
    }

    /** A store with REPORT_A (3 observations, 6 triples) and REPORT_B (2 observations, 4 triples). */
    public static KnowledgeStore twoReports() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        fill(store);
        return store;
    }

    static void fill(KnowledgeStore store) {
        store.putGraph(REPORT_A, observations("a", 3));
        store.putGraph(REPORT_B, observations("b", 2));
    }
}
