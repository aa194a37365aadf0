package org.gwrkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.gwrkg.graph.GraphEdge;
import org.gwrkg.graph.GraphFilter;
import org.gwrkg.graph.GraphFormat;
import org.gwrkg.graph.GraphMeasures;
import org.gwrkg.graph.GraphNode;
import org.gwrkg.graph.GraphWriter;
import org.gwrkg.graph.RelationGraph;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.table.Table;
import org.gwrkg.table.TableFormat;
import org.jgrapht.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg graph}: the relation graph of the reports (entities, their relations, and entities
 * named in one sentence) as a file for Gephi (GEXF, with years as spells), Cytoscape (cyjs),
 * igraph and networkx (GraphML), Graphviz (DOT) or spreadsheets (CSV: a node and an edge file).
 */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the relation graph of the reports: entities as nodes; relations and co-occurrence "
                + "in one sentence as weighted edges with their first sentence.",
                "CSV writes two files: FILE with the nodes and FILE's name with -edges before the extension."})
final class GraphCommand extends BaseCommand implements Callable<Integer> {

    private static final int TOP = 15;
    private static final Set<String> TYPES = Set.of("Project", "Organization", "Sector", "Place", "Designation");
    private static final Set<String> RELATIONS = Set.of("partner", "locatedIn", "inSector", "awarded", GraphEdge.COOCCURS);

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Reports to read (default: seeds/, unless --store).")
    List<Path> inputs;

    @Option(names = "--store", paramLabel = "DIR", description = "Read this TDB2 store (made by gwrkg load) instead of report files.")
    Path store;

    @Option(names = "--format", required = true, paramLabel = "F", description = "gexf, graphml, csv, dot or cyjs.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Write here; replaced only once complete.")
    Path output;

    @Option(names = "--types", split = ",", paramLabel = "T", description = "Keep entities of these types: " +
            "Project, Organization, Sector, Place, Designation (default: all).")
    Set<String> types;

    @Option(names = "--relations", split = ",", paramLabel = "R", description = "Keep these relations: " +
            "partner, locatedIn, inSector, awarded, cooccurs (default: all).")
    Set<String> relations;

    @Option(names = "--region", paramLabel = "C", description = "Keep the reports of this region (name or code).")
    String region;

    @Option(names = "--period", paramLabel = "YEAR", description = "Keep the reports of this year.")
    Integer period;

    @Option(names = "--measures", description = "Also print the most central nodes and write degree, betweenness, "
            + "PageRank and component of every node to FILE's name with -measures.csv in place of the extension, "
            + "and add betweenness, pagerank and component to the nodes of the export.")
    boolean measures;

    @Option(names = "--query", paramLabel = "FILE.rq", description = {"Take the edges from this SPARQL SELECT "
            + "instead of the shipped queries. It must bind ?from and ?to (IRIs) and ?relation; it may bind "
            + "?weight (integer, default 1), ?sentence and ?year. Its default graph is the union of the reports. "
            + "Nodes are what the edges touch, with the type and label of their entity."})
    Path query;

    @Option(names = "--indicators", description = "Add the indicators of the figures about each entity as nodes.")
    boolean indicators;

    @Option(names = "--no-cooccurrence", description = "Leave out the edges of entities named in one sentence.")
    boolean noCooccurrence;

    @Override
    public Integer call() {
        GraphFormat fmt = GraphFormat.of(format);
        if (fmt == null) {
            throw new UserException("--format " + format + ": unknown format; use gexf, graphml, csv, dot or cyjs");
        }
        check("--types", types, TYPES);
        check("--relations", relations, RELATIONS);
        Query edgeQuery = query == null ? null : edgeQuery(query);
        GraphFilter filter = new GraphFilter(types, relations, region, period, !noCooccurrence, indicators);
        long t0 = System.nanoTime();
        Graph<GraphNode, GraphEdge> g;
        try (KnowledgeStore kg = Sources.open(store, inputs, "FILE")) {
            g = edgeQuery == null ? RelationGraph.build(kg.unionView(), filter)
                    : RelationGraph.build(kg.unionView(), filter, edgeQuery);
        }
        GraphMeasures m = measures ? GraphMeasures.of(g) : null;
        GraphWriter w = new GraphWriter(g, m);
        if (fmt == GraphFormat.CSV) {
            AtomicFile.write(output, csv(w.nodeTable()));
            AtomicFile.write(edgeFile(output), csv(w.edgeTable()));
        } else {
            AtomicFile.write(output, w.write(fmt).getBytes(StandardCharsets.UTF_8));
        }
        if (m != null) {
            writeMeasures(g, m);
        }
        err().printf("graph: %d nodes, %d edges written to %s in %d ms%n", g.vertexSet().size(), g.edgeSet().size(),
                output, (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }

    private void writeMeasures(Graph<GraphNode, GraphEdge> g, GraphMeasures m) {
        Path file = sibling(output, "-measures", ".csv");
        AtomicFile.write(file, csv(m.table()));
        Table t = m.table();
        int top = Math.min(TOP, t.rows().size());
        out().printf("%d nodes, %d edges, %d connected components; the %d of highest PageRank:%n",
                g.vertexSet().size(), g.edgeSet().size(), m.components(), top);
        TableFormat.CSV.write(new Table(t.columns().subList(0, 7), t.rows().subList(0, top).stream()
                .map(r -> r.subList(0, 7)).toList()), out());
        out().printf("all nodes: %s%n", file);
    }

    /** The user's edge query, checked before any report is read, so a wrong file fails at once. */
    private static Query edgeQuery(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("--query " + file + ": cannot read it (" + e.getClass().getSimpleName()
                    + "); give a SPARQL SELECT file that binds ?from ?to ?relation");
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserException("--query " + file + ": not valid SPARQL: " + e.getMessage());
        }
        if (!q.isSelectType() || !q.getResultVars().containsAll(RelationGraph.QUERY_VARS)) {
            throw new UserException("--query " + file + ": must be a SELECT binding ?from ?to ?relation "
                    + "(optional ?weight ?sentence ?year); it selects " + q.getResultVars());
        }
        return q;
    }

    /** A file beside {@code p}: {@code g.gexf} with {@code -measures} and {@code .csv} gives {@code g-measures.csv}. */
    static Path sibling(Path p, String suffix, String extension) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return p.resolveSibling(base + suffix + (extension != null ? extension : dot > 0 ? name.substring(dot) : ""));
    }

    /** The edge file beside a CSV node file: {@code g.csv} gives {@code g-edges.csv}. */
    static Path edgeFile(Path nodes) {
        return sibling(nodes, "-edges", null);
    }

    private static byte[] csv(Table t) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintWriter pw = new PrintWriter(new OutputStreamWriter(b, StandardCharsets.UTF_8));
        TableFormat.CSV.write(t, pw);
        pw.flush();
        return b.toByteArray();
    }

    private static void check(String option, Set<String> given, Set<String> known) {
        if (given == null) {
            return;
        }
        for (String v : given) {
            if (!known.contains(v)) {
                throw new UserException(option + " " + v + ": unknown; use " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
