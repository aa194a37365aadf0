package org.gwrkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/**
 * Where the knowledge graph lives: one named graph per report (and per vocabulary), in a
 * transactional Jena dataset. Loading writes named graphs; queries go through
 * {@link #unionView()}, whose default graph is the union of them all.
 *
 * <pre>{@code
 * KnowledgeStore store = KnowledgeStore.inMemory();
 * store.putGraph("https://w3id.org/gwrkg/id/report/500118-2024", reportModel);
 * SparqlServer.builder(store).port(3030).build().start();
 * }</pre>
 */
public final class KnowledgeStore {

    private final Dataset dataset;
    private final Dataset unionView;

    // Package-private so that tests can check the union view over a TDB2 dataset too; callers use
    // the named factories, which say what kind of storage they get.
    KnowledgeStore(Dataset dataset) {
        this.dataset = dataset;
        this.unionView = DatasetFactory.wrap(new UnionDefaultGraphView(dataset.asDatasetGraph()));
    }

    /** An empty store in memory, gone when the process ends. */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(DatasetFactory.createTxnMem());
    }

    /**
     * Replaces the named graph {@code graphName} (an IRI) with a copy of {@code model}, in one write
     * transaction, so a query never sees a report half loaded.
     */
    public void putGraph(String graphName, Model model) {
        Txn.executeWrite(dataset, () -> dataset.replaceNamedModel(graphName, model));
    }

    /**
     * Adds the triples of {@code model} to the named graph {@code graphName}, keeping what it holds,
     * in one write transaction; adding triples already there changes nothing.
     */
    public void addToGraph(String graphName, Model model) {
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(graphName).add(model));
    }

    /** The number of triples in all named graphs and the default graph. */
    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.asDatasetGraph().find()));
    }

    /** The names (IRIs) of the named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.listNames().forEachRemaining(names::add);
            names.sort(null);
            return names;
        });
    }

    /** The dataset itself, for loading and for callers that manage their own transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * What queries see: a read-only view whose default graph is the union of all named graphs,
     * with the named graphs still reachable through GRAPH. It follows later changes to the store.
     */
    public Dataset unionView() {
        return unionView;
    }
}
