package org.gwrkg.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * A read-only view of a dataset whose default graph is the union of its named graphs, while the
 * named graphs stay visible by name: a query without GRAPH sees every report, GRAPH ?g still
 * tells them apart. The view is live: graphs put into the dataset later show through.
 *
 * <pre>{@code
 * Dataset queried = DatasetFactory.wrap(new UnionDefaultGraphView(dataset.asDatasetGraph()));
 * }</pre>
 *
 * <p>ARQ's general query engine, used for in-memory datasets, has no union-default switch: it
 * evaluates patterns outside GRAPH against {@link #getDefaultGraph()}, which this view answers
 * with the live union graph. ARQ unwraps a plain {@code DatasetGraphWrapper} before choosing an
 * engine, which would bypass that override; the {@link DatasetGraphWrapperView} marker stops it.
 * Over a TDB2 dataset that general engine proved slow (a load test on 100 reports timed out), so
 * there {@link TdbUnionView} keeps TDB2's own engine and sets its union flag instead; both views
 * answer the same (tested).
 */
final class UnionDefaultGraphView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    UnionDefaultGraphView(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(get().getUnionGraph());
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return get().find(unionIfDefault(g), s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return get().contains(unionIfDefault(g), s, p, o);
    }

    // Quad-level access to the default graph must agree with getDefaultGraph().
    static Node unionIfDefault(Node g) {
        return g != null && Quad.isDefaultGraph(g) ? Quad.unionGraph : g;
    }

    /**
     * The same view taking writes into named graphs, for an endpoint with SPARQL Update and the
     * Graph Store Protocol. The default graph is still the union and refuses writes: where would an
     * added triple go? The refusal is a QueryBuildException, which Fuseki answers with 400 and its
     * message, not a server error.
     */
    static final class Updatable extends DatasetGraphWrapper implements DatasetGraphWrapperView {

        private static final String NO_DEFAULT = "the default graph is the union of all named graphs and takes no"
                + " writes: write into a named graph, e.g. INSERT DATA { GRAPH <https://example.org/g> { ... } }";

        Updatable(DatasetGraph base) {
            super(base);
        }

        @Override
        public Graph getDefaultGraph() {
            return new GraphReadOnly(get().getUnionGraph());
        }

        @Override
        public Iterator<Quad> find(Quad quad) {
            return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            return get().find(unionIfDefault(g), s, p, o);
        }

        @Override
        public boolean contains(Quad quad) {
            return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            return get().contains(unionIfDefault(g), s, p, o);
        }

        @Override
        public void add(Quad quad) {
            add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            super.add(named(g), s, p, o);
        }

        @Override
        public void delete(Quad quad) {
            delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            super.delete(named(g), s, p, o);
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            super.deleteAny(g == null || Quad.isDefaultGraph(g) ? refuse() : g, s, p, o);
        }

        static Node named(Node g) {
            return g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g) ? refuse() : g;
        }

        private static Node refuse() {
            throw new QueryBuildException(NO_DEFAULT);
        }
    }
}
