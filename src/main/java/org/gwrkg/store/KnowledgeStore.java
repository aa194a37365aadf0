package org.gwrkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where the knowledge graph lives: one named graph per report (and per vocabulary), in a
 * transactional Jena dataset, in memory or in a TDB2 directory ({@link #open(Path, boolean)}).
 * Loading writes named graphs in transactions; queries go through {@link #unionView()}, whose default
 * graph is the union of them all. A new TDB2 store of many reports is written faster, outside
 * transactions, by {@link StoreBuild}, and opened here once complete.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("kg"), true)) {
 *     store.putGraph("https://w3id.org/gwrkg/id/report/500118-2024", reportModel);
 * }
 * }</pre>
 */
public final class KnowledgeStore implements AutoCloseable {

    private final Dataset dataset;
    private final Dataset unionView;
    private final Path directory;

    // Package-private so that tests can check the union view over any dataset; callers use the
    // named factories, which say what kind of storage they get.
    KnowledgeStore(Dataset dataset) {
        this(dataset, null);
    }

    private KnowledgeStore(Dataset dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        DatasetGraph base = dataset.asDatasetGraph();
        this.unionView = DatasetFactory.wrap(TDBInternal.isTDB2(base) ? new TdbUnionView(base) : new UnionDefaultGraphView(base));
    }

    /** An empty store in memory, gone when the process ends. */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(DatasetFactory.createTxnMem());
    }

    /**
     * The TDB2 store in {@code dir}, which this process then holds (locked) until {@link #close()}.
     *
     * @param create whether a missing or empty directory becomes a new, empty store; otherwise only
     *               an existing store opens
     * @throws StoreException when {@code dir} is not a store (or not an empty directory when
     *                        creating), or another process holds it
     */
    public static KnowledgeStore open(Path dir, boolean create) {
        return new KnowledgeStore(StoreDirectory.connect(dir, create), dir);
    }

    /**
     * Checks that {@code dir} could be opened by {@link #open(Path, boolean)}, without creating or
     * locking anything: a command can say at once that a directory is wrong, and create the store
     * only once it has something to put there.
     *
     * @return whether {@code dir} holds a store already
     * @throws StoreException as {@link #open(Path, boolean)} would, but for a lock held elsewhere
     */
    public static boolean check(Path dir, boolean create) {
        StoreDirectory.check(dir, create);
        return StoreDirectory.holdsStore(dir);
    }

    /**
     * Replaces the named graph {@code graphName} (an IRI) with a copy of {@code model}, in one write
     * transaction (or in the caller's), so a query never sees a report half loaded.
     */
    public void putGraph(String graphName, Model model) {
        Txn.executeWrite(dataset, () -> dataset.replaceNamedModel(graphName, model));
    }

    /**
     * Adds the triples of {@code model} to the named graph {@code graphName}, keeping what it holds,
     * in one write transaction (or in the caller's); adding triples already there changes nothing.
     */
    public void addToGraph(String graphName, Model model) {
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(graphName).add(model));
    }

    /**
     * Runs {@code changes} in one write transaction: all of them are seen, by queries and after a
     * crash, or none. {@link #putGraph} and {@link #addToGraph} inside it join this transaction.
     */
    public void write(Runnable changes) {
        Txn.executeWrite(dataset, changes);
    }

    /** The number of triples in all named graphs and the default graph. */
    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.asDatasetGraph().find()));
    }

    /** The number of triples in the named graph {@code graphName}, 0 when there is none. */
    public long tripleCount(String graphName) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graphName)
                ? dataset.getNamedModel(graphName).size() : 0L);
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

    /**
     * The same view as {@link #unionView()} that also takes writes into named graphs, for an
     * endpoint that allows SPARQL Update; the default graph, being the union, takes none.
     */
    public Dataset updatableView() {
        DatasetGraph base = dataset.asDatasetGraph();
        return DatasetFactory.wrap(TDBInternal.isTDB2(base) ? new TdbUnionView.Updatable(base)
                : new UnionDefaultGraphView.Updatable(base));
    }

    /**
     * Writes the statistics TDB2's query optimiser orders a query's triple patterns by (see
     * {@link StoreStatistics}) for what the store holds now; they take effect the next time the store
     * is opened. Call it once a load has finished, so that queries on a large corpus start from their
     * most selective patterns. It reads the whole store in a read transaction. Nothing to do for a
     * store in memory.
     *
     * @return the statistics file, or empty for a store in memory
     * @throws StoreException when the file cannot be written
     */
    public Optional<Path> writeStatistics() {
        return directory == null ? Optional.empty() : Optional.of(StoreStatistics.write(dataset.asDatasetGraph()));
    }

    /**
     * Releases a TDB2 store: its files and its lock, so that another process may open it. Nothing
     * to do for a store in memory. The store is not to be used afterwards.
     */
    @Override
    public void close() {
        if (directory != null) {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
