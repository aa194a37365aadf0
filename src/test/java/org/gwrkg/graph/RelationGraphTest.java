package org.gwrkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.rdf.GWR;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.store.KnowledgeStore;
import org.jgrapht.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RelationGraphTest {

    private static final List<Resource> CLASSES = List.of(GWR.Project, GWR.Organization, GWR.Sector, GWR.Place,
            GWR.Designation);
    private static KnowledgeStore store;

    @BeforeAll
    static void load() {
        store = TestCorpus.store();
    }

    private static boolean entity(Resource r) {
        return CLASSES.stream().anyMatch(c -> r.hasProperty(RDF.type, c));
    }

    @Test
    void nodesAreTheEntitiesAndEdgesTheDistinctRelationsBetweenThem() {
        Graph<GraphNode, GraphEdge> g = RelationGraph.build(store.unionView(), GraphFilter.all());
        Set<String> entities = new HashSet<>();
        Set<List<String>> relations = new HashSet<>();
        for (ReportGraph rg : TestCorpus.graphs()) {
            Model m = rg.model();
            m.listSubjects().filterKeep(RelationGraphTest::entity).forEach(r -> entities.add(r.getURI()));
            for (Resource st : m.listSubjectsWithProperty(RDF.type, RDF.Statement).toList()) {
                Resource o = st.getPropertyResourceValue(RDF.object);
                Resource s = st.getPropertyResourceValue(RDF.subject);
                if (entity(o) && !s.equals(o)) {
                    relations.add(List.of(s.getURI(), o.getURI(), st.getPropertyResourceValue(RDF.predicate).getLocalName()));
                }
            }
        }
        assertEquals(entities.size(), g.vertexSet().size());
        assertTrue(relations.size() > 10, "the corpus states relations between entities");
        long stated = g.edgeSet().stream().filter(e -> !e.relation().equals(GraphEdge.COOCCURS)).count();
        assertEquals(relations.size(), stated);
        for (GraphEdge e : g.edgeSet()) {
            assertTrue(e.weight() >= 1, "each edge counts its statements");
            assertFalse(e.years().isEmpty(), "each edge knows its years");
        }
        assertTrue(g.edgeSet().stream().anyMatch(e -> e.relation().equals(GraphEdge.COOCCURS)),
                "entities named in one sentence are joined");
    }

    @Test
    void filtersKeepTypesRelationsRegionAndYear() {
        Graph<GraphNode, GraphEdge> projects = RelationGraph.build(store.unionView(),
                new GraphFilter(Set.of("Project", "Organization"), Set.of("partner"), null, null, true));
        assertFalse(projects.vertexSet().isEmpty());
        assertTrue(projects.vertexSet().stream().allMatch(n -> Set.of("Project", "Organization").contains(n.type())));
        assertTrue(projects.edgeSet().stream().allMatch(e -> e.relation().equals("partner")));

        Graph<GraphNode, GraphEdge> pidu = RelationGraph.build(store.unionView(),
                new GraphFilter(Set.of(), Set.of(), "510117", null, false));
        assertFalse(pidu.vertexSet().isEmpty());
        assertTrue(pidu.vertexSet().stream().allMatch(n -> "郫都区".equals(n.region())));
        assertTrue(pidu.edgeSet().stream().noneMatch(e -> e.relation().equals(GraphEdge.COOCCURS)));

        Graph<GraphNode, GraphEdge> y2023 = RelationGraph.build(store.unionView(),
                new GraphFilter(Set.of(), Set.of(), null, 2023, true));
        assertFalse(y2023.vertexSet().isEmpty());
        assertTrue(y2023.vertexSet().stream().allMatch(n -> n.years().equals(new java.util.TreeSet<>(Set.of(2023)))));
    }

    @Test
    void indicatorsAreOptionalNodesWeightedByTheFiguresOfEachEntity() {
        Map<List<String>, Integer> figures = new HashMap<>();
        for (ReportGraph rg : TestCorpus.graphs()) {
            Model m = rg.model();
            for (Resource o : m.listSubjectsWithProperty(RDF.type, GWR.Observation).toList()) {
                Resource subject = o.getPropertyResourceValue(GWR.subject);
                if (subject != null && entity(subject)) {
                    figures.merge(List.of(subject.getURI(), o.getPropertyResourceValue(GWR.indicator).getURI()), 1,
                            Integer::sum);
                }
            }
        }
        assertFalse(figures.isEmpty(), "the corpus has figures about an entity");

        Graph<GraphNode, GraphEdge> with = RelationGraph.build(store.unionView(), GraphFilter.all().withIndicators(true));
        Map<List<String>, Integer> edges = new HashMap<>();
        for (GraphEdge e : with.edgeSet()) {
            if (e.relation().equals(GraphEdge.MEASURED_BY)) {
                GraphNode target = with.getEdgeTarget(e);
                assertEquals(GraphEdge.INDICATOR, target.type());
                assertFalse(target.label().isBlank(), "an indicator node has a label");
                edges.put(List.of(with.getEdgeSource(e).iri(), target.iri()), e.weight());
            }
        }
        assertEquals(figures, edges);
        long indicators = with.vertexSet().stream().filter(n -> n.type().equals(GraphEdge.INDICATOR)).count();
        assertEquals(figures.keySet().stream().map(k -> k.get(1)).distinct().count(), indicators);

        Graph<GraphNode, GraphEdge> without = RelationGraph.build(store.unionView(), GraphFilter.all());
        assertEquals(with.vertexSet().size() - indicators, without.vertexSet().size());
        assertTrue(without.edgeSet().stream().noneMatch(e -> e.relation().equals(GraphEdge.MEASURED_BY)));
    }
}
