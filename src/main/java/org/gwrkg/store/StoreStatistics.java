package org.gwrkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.SolverLibTDB;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The statistics TDB2's optimiser orders a query's triple patterns by: the number of triples of each
 * predicate and of things of each class in the union of the named graphs (what queries see), as
 * Jena's {@code tdb2.tdbstats} writes them, in {@code stats.opt} of the store's storage directory
 * (Data-NNNN). TDB2 reads that file when it opens the store; without it, it orders patterns by
 * fixed rules that know nothing of the data, and on a corpus may start a query from a pattern that
 * matches millions of triples where another matches a few.
 */
final class StoreStatistics {

    private StoreStatistics() {
    }

    /**
     * Counts the store's triples by predicate and class and (re)writes its {@code stats.opt}, in a read
     * transaction; the optimiser uses the file from the next time the store is opened.
     *
     * @return the file written
     */
    static Path write(DatasetGraph tdb) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        Path file = Path.of(storage.getLocation().getPath(Names.optStats));
        StatsResults stats = Txn.calculateRead(storage, () -> gather(storage));
        Path part = file.resolveSibling(Names.optStats + ".part");
        // Written aside and moved into place, so that a store opened meanwhile reads the old file or the new one.
        try (OutputStream out = Files.newOutputStream(part)) {
            Stats.write(out, stats);
        } catch (IOException e) {
            throw new StoreException(part + ": cannot write the store's query statistics (" + e.getMessage() + ")", e);
        }
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the store's query statistics (" + e.getMessage() + ")", e);
        }
        return file;
    }

    /** The counts over the union graph: a triple in several named graphs counts once. */
    private static StatsResults gather(DatasetGraphTDB storage) {
        NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
        StatsCollectorNodeId stats = new StatsCollectorNodeId(quads.getNodeTable());
        Iterator<Tuple<NodeId>> triples = SolverLibTDB.unionGraph(quads);
        while (triples.hasNext()) {
            Tuple<NodeId> t = triples.next();
            stats.record(null, t.get(1), t.get(2), t.get(3));
        }
        return stats.results();
    }
}
