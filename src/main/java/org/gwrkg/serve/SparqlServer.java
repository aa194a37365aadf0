package org.gwrkg.serve;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.gwrkg.store.KnowledgeStore;

/**
 * A SPARQL endpoint over a {@link KnowledgeStore}: embedded Fuseki serving dataset {@code /kg}, safe
 * to leave running for colleagues.
 *
 * <ul>
 *   <li>Queries at {@code /kg/sparql} (also {@code /kg/query} and {@code /kg}), GET and POST, results
 *       as JSON, XML, CSV or TSV by the Accept header; graphs read at {@code /kg/get?graph=IRI}. The
 *       default graph is the union of the named graphs.</li>
 *   <li>Read-only unless {@link Builder#allowUpdate(Credentials)}: then SPARQL Update at
 *       {@code /kg/update} and Graph Store Protocol writes at {@code /kg/data}, both only with HTTP
 *       basic authentication as the one user given (401 otherwise); reads stay open.</li>
 *   <li>Bounded: a query runs at most {@link Builder#timeout(Duration)} (then the client gets 503 and
 *       the query is cancelled), a SELECT returns at most {@link Builder#maxRows(long)} rows, a request
 *       body is at most {@link Builder#maxRequestBytes(long)} (413 beyond). SERVICE calls to other
 *       endpoints are off unless {@link Builder#allowService(boolean)}, so the server makes no
 *       outgoing request on anyone's behalf.</li>
 *   <li>Listens on 127.0.0.1 unless told otherwise; no CORS headers unless {@link Builder#cors(String)}.</li>
 *   <li>A landing page at {@code /}; a query page (YASGUI) at {@code /query}; the JSON-LD context at {@code /context.jsonld}.</li>
 *   <li>The relation graph page (cytoscape.js) at {@code /graph}, its data at {@code /graph/graph.json}.</li>
 * </ul>
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
    /** The SPARQL Update endpoint's name, present only with {@code --allow-update}. */
    public static final String UPDATE = "update";
    /** The Graph Store Protocol endpoint's name: writes with {@code --allow-update}. */
    public static final String DATA = "data";
    /** The read-only Graph Store Protocol endpoint's name. */
    public static final String GET = "get";

    /** Default query timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default cap on the rows of a SELECT. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** Default cap on a request body: a query of a megabyte is no hand-written query. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

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

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}, where the query page is. Valid after start. */
    public String baseUrl() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + hostPart + ":" + port() + "/";
    }

    /** The query endpoint's URL, e.g. {@code http://127.0.0.1:3030/kg/sparql}. Valid after start. */
    public String url() {
        return baseUrl() + DATASET.substring(1) + "/" + ENDPOINT;
    }

    /** Stops listening. */
    public void stop() {
        fuseki.stop();
    }

    /** Waits until the server stops, starting it first if need be. */
    public void join() {
        fuseki.join();
    }

    /** Settings of a {@link SparqlServer}; each has a safe default, so {@code builder(store).build()} serves. */
    public static final class Builder {
        private final KnowledgeStore store;
        private String host = "127.0.0.1";
        private int port = 3030;
        private boolean verbose;
        private Credentials writer;
        private String corsOrigins;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxRows = DEFAULT_MAX_ROWS;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private boolean allowService;

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

        /** Opens SPARQL Update and Graph Store Protocol writes to {@code writer} alone (HTTP basic). */
        public Builder allowUpdate(Credentials writer) {
            this.writer = Objects.requireNonNull(writer, "writer");
            return this;
        }

        /** Sends CORS headers for these origins (comma-separated, or {@code *}); none by default. */
        public Builder cors(String origins) {
            this.corsOrigins = origins;
            return this;
        }

        /** How long a query may run before it is cancelled; 30 s by default. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("a timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The most rows a SELECT returns; 100,000 by default. */
        public Builder maxRows(long maxRows) {
            if (maxRows < 1) {
                throw new IllegalArgumentException("max rows must be at least 1");
            }
            this.maxRows = maxRows;
            return this;
        }

        /** The largest request body accepted, in bytes; 1 MiB by default. */
        public Builder maxRequestBytes(long maxRequestBytes) {
            if (maxRequestBytes < 1024) {
                throw new IllegalArgumentException("the request size cap must be at least 1024 bytes");
            }
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** Whether queries may call other endpoints with SERVICE; off by default. */
        public Builder allowService(boolean allowService) {
            this.allowService = allowService;
            return this;
        }

        /** The server, built but not started. */
        public SparqlServer build() {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            context.set(ARQ.httpServiceAllowed, allowService);

            DataService.Builder data = DataService.newBuilder(writer == null
                    ? store.unionView().asDatasetGraph()
                    : store.updatableView().asDatasetGraph());
            // "sparql" is the endpoint gwrkg documents, "query" where tools such as the Fuseki UI look,
            // the dataset URL itself the SPARQL protocol's plain form; all three are bounded.
            for (String name : new String[] {ENDPOINT, "query", ""}) {
                data.addEndpoint(endpoint(Operation.Query, name, context).processor(new BoundedQuery(maxRows)).build());
            }
            data.addEndpoint(endpoint(Operation.GSP_R, GET, context).build());
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .verbose(verbose)
                    .addServlet(ContextServlet.PATH, new ContextServlet());
            QueryPage page = new QueryPage();
            fuseki.addServlet(QueryPage.ASSETS, page);
            QueryPage.PAGES.forEach(path -> fuseki.addServlet(path, page));
            GraphPage graph = new GraphPage(store);
            fuseki.addServlet(GraphPage.PATH, graph);
            fuseki.addServlet(GraphPage.PAGE, graph);
            fuseki.addServlet(GraphPage.LANDING, graph);
            if (writer != null) {
                // Endpoints with an auth policy get a Jetty path constraint: no credentials, 401.
                data.addEndpoint(endpoint(Operation.Update, UPDATE, context)
                        .authPolicy(Auth.policyAllowSpecific(writer.user())).build());
                data.addEndpoint(endpoint(Operation.GSP_RW, DATA, context).processor(new NamedGraphWrites())
                        .authPolicy(Auth.policyAllowSpecific(writer.user())).build());
                fuseki.securityHandler(securityHandler(writer));
            }
            if (corsOrigins != null) {
                fuseki.addFilter("/*", new CorsFilter(corsOrigins));
            }
            fuseki.addFilter("/*", new RequestSizeLimit(maxRequestBytes));
            fuseki.add(DATASET, data.build());
            FusekiServer server = fuseki.build();
            bind(server, host);
            return new SparqlServer(server, host);
        }

        private static Endpoint.Builder endpoint(Operation operation, String name, Context context) {
            return Endpoint.create().operation(operation).endpointName(name).context(context);
        }

        private static SecurityHandler securityHandler(Credentials writer) {
            return JettySecurityLib.makeSecurityHandler("gwrkg",
                    JettySecurityLib.makeUserStore(writer.user(), writer.password()), AuthScheme.BASIC);
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
