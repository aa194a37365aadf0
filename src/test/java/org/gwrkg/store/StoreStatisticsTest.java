package org.gwrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.engine.optimizer.StatsMatcher;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderFixed;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreStatisticsTest {

    @TempDir
    Path dir;

    private static final Node VALUE = NodeFactory.createURI(TestGraphs.NS + "value");
    private static final Node OBSERVATION = NodeFactory.createURI(TestGraphs.NS + "Observation");

    /** {@code n} observations typed gwr:Observation: 3n triples. */
    private static Model typed(String prefix, int n) {
        Model m = TestGraphs.observations(prefix, n);
        m.listSubjects().toList().forEach(s -> s.addProperty(RDF.type, m.createResource(OBSERVATION.getURI())));
        return m;
    }

    @Test
    void countsPredicatesAndClassesOfTheUnionGraph() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("kg"), true)) {
            store.putGraph(TestGraphs.REPORT_A, typed("a", 3));
            store.putGraph(TestGraphs.REPORT_B, typed("b", 2));
            // The same two observations in a third graph: the union, which queries see, holds them once.
            store.putGraph("https://w3id.org/gwrkg/id/report/c", typed("b", 2));
            Path file = store.writeStatistics().orElseThrow();
            assertTrue(file.getParent().getFileName().toString().matches("Data-\\d{4}"), "beside the store's data: " + file);

            StatsMatcher stats = new StatsMatcher(file.toString());
            assertEquals(5, stats.match(Triple.create(Var.alloc("o"), VALUE, Var.alloc("v"))), "gwr:value triples");
            assertEquals(5, stats.match(Triple.create(Var.alloc("o"), RDF.type.asNode(), OBSERVATION)), "observations");
            assertEquals(15, count(file), "3 triples for each of the 5 distinct observations");
        }
    }

    @Test
    void theOptimiserUsesThemOnceTheStoreIsOpenedAgain() {
        Path kg = dir.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(kg, true)) {
            store.putGraph(TestGraphs.REPORT_A, typed("a", 3));
            assertInstanceOf(ReorderFixed.class, reorder(store), "without statistics TDB2 orders by fixed rules");
            store.writeStatistics();
        }
        try (KnowledgeStore store = KnowledgeStore.open(kg, false)) {
            assertInstanceOf(ReorderWeighted.class, reorder(store));
            store.putGraph(TestGraphs.REPORT_B, typed("b", 4));
            Path file = store.writeStatistics().orElseThrow();
            assertEquals(21, count(file), "written again for what the store holds now");
            assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".part")), "no temporary file left");
        }
    }

    @Test
    void nothingToWriteForAStoreInMemory() {
        KnowledgeStore store = TestGraphs.twoReports();
        assertTrue(store.writeStatistics().isEmpty());
    }

    private static Object reorder(KnowledgeStore store) {
        return TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph()).getReorderTransform();
    }

    /** The number of triples the file says it counted. */
    private static long count(Path file) {
        Item meta = SSE.readFile(file.toString()).getList().get(1);
        return Item.find(meta.getList(), StatsMatcher.COUNT).getList().get(1).asLong();
    }
}
