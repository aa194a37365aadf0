package org.gwrkg.cli;

import org.gwrkg.rdf.Iris;
import org.gwrkg.store.KnowledgeStore;

/** What a store holds: how many reports, and how many triples in all. */
final class StoreSummary {

    private StoreSummary() {
    }

    static String of(KnowledgeStore store) {
        return reports(store) + ", " + store.tripleCount() + " triples (with the ontology, vocabularies and regions)";
    }

    /** How many reports, without counting triples, which reads the whole store. */
    static String reports(KnowledgeStore store) {
        String reportPrefix = Iris.report("");
        return store.graphNames().stream().filter(g -> g.startsWith(reportPrefix)).count() + " report(s)";
    }
}
