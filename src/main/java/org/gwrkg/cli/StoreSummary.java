package org.gwrkg.cli;

import org.gwrkg.rdf.Iris;
import org.gwrkg.store.KnowledgeStore;

/** One line saying what a store holds: how many reports and how many triples in all. */
final class StoreSummary {

    private StoreSummary() {
    }

    static String of(KnowledgeStore store) {
        String reportPrefix = Iris.report("");
        long reports = store.graphNames().stream().filter(g -> g.startsWith(reportPrefix)).count();
        return reports + " report(s), " + store.tripleCount() + " triples (with the ontology, vocabularies and regions)";
    }
}
