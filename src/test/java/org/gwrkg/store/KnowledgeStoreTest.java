package org.gwrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeStoreTest {

    // The union view must work for the in-memory store now and for TDB2 (--store DIR) later.
    static Stream<KnowledgeStore> stores() {
        KnowledgeStore tdb2 = new KnowledgeStore(TDB2Factory.createDataset());
        TestGraphs.fill(tdb2);
        return Stream.of(TestGraphs.twoReports(), tdb2);
    }

    private static long count(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("stores")
    void countsTriplesAndNamesGraphs(KnowledgeStore store) {
        assertEquals(10, store.tripleCount());
        assertEquals(List.of(TestGraphs.REPORT_A, TestGraphs.REPORT_B), store.graphNames());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void putGraphReplacesTheNamedGraph(KnowledgeStore store) {
        store.putGraph(TestGraphs.REPORT_A, TestGraphs.observations("a", 1));
        assertEquals(6, store.tripleCount());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aQueryWithoutGraphSeesEveryNamedGraph(KnowledgeStore store) {
        assertEquals(10, count(store.unionView(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        // The raw dataset's default graph is empty: only the view joins the reports.
        assertEquals(0, count(store.dataset(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void graphStillTellsReportsApart(KnowledgeStore store) {
        assertEquals(2, count(store.unionView(), "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(4, count(store.unionView(),
                "SELECT (COUNT(*) AS ?n) { GRAPH <" + TestGraphs.REPORT_B + "> { ?s ?p ?o } }"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theViewFollowsLaterChanges(KnowledgeStore store) {
        store.putGraph("https://w3id.org/gwrkg/id/report/c", TestGraphs.observations("c", 1));
        assertEquals(12, count(store.unionView(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertEquals(3, count(store.unionView(), "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void addToGraphKeepsWhatIsThereAndAddsOnlyOnce(KnowledgeStore store) {
        store.addToGraph(TestGraphs.REPORT_A, TestGraphs.observations("x", 2));
        assertEquals(14, store.tripleCount());
        store.addToGraph(TestGraphs.REPORT_A, TestGraphs.observations("x", 2));
        assertEquals(14, store.tripleCount(), "the same triples again change nothing");
        store.addToGraph("https://w3id.org/gwrkg/regions", TestGraphs.observations("r", 1));
        assertEquals(3, store.graphNames().size(), "a graph not there yet is made");
    }
}
