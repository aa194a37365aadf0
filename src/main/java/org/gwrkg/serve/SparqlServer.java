package org.gwrkg.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.gwrkg.store.KnowledgeStore;

/**
 * A read-only SPARQL endpoint over a {@link KnowledgeStore}: embedded Fuseki serving dataset
 * {@code /kg} with the SPARQL 1.1 query protocol at {@code /kg/sparql} (GET and POST; results as
 * JSON, XML, CSV or TSV by the Accept header), and gwrkg's JSON-LD context at {@code /context.jsonld}.
 * There is no update and no graph store write, so nothing on the network can change the store. The
 * default graph is the union of the named graphs.
 *
 * <pre>{@code
 * SparqlServer server = SparqlServer.builder(store).port(0).build();
 * server.start();
 * System.out.println(server.url());   // http://127.0.0.1:41234/kg/sparql
 * server.stop();
 * }</pre>
 */
public final class SparqlServer {

    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    /** The query endpoint's name under the dataset. */
    public static final String ENDPOINT = "sparql";

    private final FusekiServer fuseki;
    private final String host;

    private SparqlServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A builder for a server over {@code store}. */
    public static Builder builder(KnowledgeStore store) {
        return new Builder(store);
    }

    /** Starts listening; returns at once, the server runs until {@link #stop()}. */
    public SparqlServer start() {
        fuseki.start();
        return this;
    }

    /** The port listened on: the one chosen by the system when built with port 0. Valid after start. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The query endpoint's URL, e.g. {@code http://127.0.0.1:3030/kg/sparql}. Valid after start. */
    public String url() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + hostPart + ":" + port() + DATASET + "/" + ENDPOINT;
    }

    /** Stops listening. */
    public void stop() {
        fuseki.stop();
    }

    /** Waits until the server stops, starting it first if need be. */
    public void join() {
        fuseki.join();
    }

    /** Settings of a {@link SparqlServer}; each has a default, so {@code builder(store).build()} serves. */
    public static final class Builder {
        private final KnowledgeStore store;
        private String host = "127.0.0.1";
        private int port = 3030;
        private boolean verbose;

        private Builder(KnowledgeStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The address to listen on, 127.0.0.1 by default so that only this machine can query. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port, 3030 by default; 0 lets the system pick a free one (see {@link #port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Whether Fuseki describes each request in detail. Its log lines are at INFO, which
         * {@code simplelogger.properties} hides; see there for how a --verbose flag shows them.
         */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /** The server, built but not started. */
        public SparqlServer build() {
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .verbose(verbose)
                    // Only query operations are registered: no Update, no GSP_RW, so the endpoint
                    // is read-only whatever a request asks. "query" is where tools such as the Fuseki
                    // UI look by default; the dataset URL itself answers queries too.
                    .addDataset(DATASET, store.unionView().asDatasetGraph())
                    .addEndpoint(DATASET, ENDPOINT, Operation.Query)
                    .addEndpoint(DATASET, "query", Operation.Query)
                    .addOperation(DATASET, Operation.Query)
                    .addServlet(ContextServlet.PATH, new ContextServlet())
                    .build();
            bind(fuseki, host);
            return new SparqlServer(fuseki, host);
        }

        // FusekiServer.Builder can only restrict itself to "localhost" (loopback(true)), whose
        // address depends on the resolver; setting the Jetty connector's host before start binds
        // exactly the address asked for.
        private static void bind(FusekiServer fuseki, String host) {
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector network) {
                    network.setHost(host);
                }
            }
        }
    }
}
