package org.gwrkg.cli;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gwrkg.serve.Credentials;
import org.gwrkg.serve.SparqlServer;
import org.gwrkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg serve}: serves reports over SPARQL at {@code http://HOST:PORT/kg/sparql} until the
 * process is stopped: report files extracted into memory, or a persistent TDB2 store
 * ({@code --store}), to which files given are first added. Read-only and on 127.0.0.1 unless told
 * otherwise; queries bounded in time, rows and size.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve reports over SPARQL at http://HOST:PORT/kg/sparql, with a landing page at http://HOST:PORT/ linking the query page (/query) and the relation graph (/graph).",
                "Read-only unless --allow-update; writes then need the user and password of --credentials FILE",
                "or of the environment variables " + Credentials.PASSWORD_VARIABLE + " (and " + Credentials.USER_VARIABLE
                        + ", default " + Credentials.DEFAULT_USER + ")."})
final class ServeCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Serve this TDB2 store (made by gwrkg load); FILEs given are added to it first.")
    Path store;

    @Option(names = "--allow-update", description = "Open SPARQL Update (/kg/update) and Graph Store writes (/kg/data), with HTTP basic authentication.")
    boolean allowUpdate;

    @Option(names = "--credentials", paramLabel = "FILE", description = "File with a line user:password for --allow-update (keep it chmod 600).")
    Path credentials;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Let pages from these origins (comma-separated, or *) query from a browser; off by default.")
    String cors;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Cancel a query after this long (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000", description = "Most rows a SELECT returns (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "1048576", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--allow-service", description = "Let queries call other SPARQL endpoints with SERVICE (off: the server makes no outgoing requests).")
    boolean allowService;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Reports to serve (default: seeds/, unless --store).")
    List<Path> inputs;

    /** The environment, replaceable by tests. */
    Map<String, String> environment = System.getenv();

    private volatile SparqlServer server;

    @Override
    public Integer call() {
        Credentials writer = checkOptions();
        checkHost();
        StartupLog log = StartupLog.to(err(), debug);
        log.step("JVM started, command line read");
        KnowledgeStore kg;
        SparqlServer s;
        if (store == null) {
            List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
            InMemoryStart.Ready ready = InMemoryStart.run(paths, memory -> server(memory, writer), log);
            kg = ready.store();
            s = ready.server();
        } else {
            kg = persistent();
            s = server(kg, writer);
        }
        start(s);
        log.step("listening");
        server = s;
        out().println("SPARQL endpoint: " + s.url() + (allowUpdate ? " (update: " + s.baseUrl() + "kg/update, with credentials)" : " (read-only)"));
        out().println("Query page: " + s.baseUrl());
        if (writer != null && !loopback()) {
            err().println("gwrkg: warning: basic authentication sends the password in clear over HTTP;"
                    + " beyond this machine, put an HTTPS proxy in front of the server");
            err().flush();
        }
        out().println("Serving " + StoreSummary.of(kg) + (store == null ? "" : " from " + store) + ". Stop with Ctrl-C.");
        out().flush();
        s.join();
        return 0;
    }

    // Every option is checked before the slow extraction, so that a mistake fails at once.
    private Credentials checkOptions() {
        if (port < 0 || port > 65535) {
            throw new UserException("--port " + port + ": a port is 0..65535");
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
            throw new UserException("--timeout " + timeoutSeconds + ": give seconds between 0 and 86400, e.g. 30");
        }
        if (maxRows < 1) {
            throw new UserException("--max-rows " + maxRows + ": give at least 1");
        }
        if (maxRequestBytes < 1024) {
            throw new UserException("--max-request-bytes " + maxRequestBytes + ": give at least 1024");
        }
        if (cors != null && cors.isBlank()) {
            throw new UserException("--cors: give an origin such as https://lab.example.org, or *");
        }
        return writer();
    }

    private Credentials writer() {
        if (!allowUpdate) {
            if (credentials != null) {
                throw new UserException("--credentials is for --allow-update; without it the endpoint is read-only");
            }
            return null;
        }
        try {
            if (credentials != null) {
                return Credentials.fromFile(credentials);
            }
            return Credentials.fromEnvironment(environment).orElseThrow(() -> new UserException(
                    "--allow-update needs credentials: --credentials FILE (a line user:password) or the environment variable "
                            + Credentials.PASSWORD_VARIABLE + "; never on the command line"));
        } catch (IllegalArgumentException e) {
            throw new UserException("--credentials: " + e.getMessage(), e);
        }
    }

    private SparqlServer server(KnowledgeStore kg, Credentials writer) {
        SparqlServer.Builder settings = SparqlServer.builder(kg).host(host).port(port)
                .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .maxRows(maxRows)
                .maxRequestBytes(maxRequestBytes)
                .allowService(allowService)
                .cors(cors);
        if (writer != null) {
            settings.allowUpdate(writer);
        }
        return settings.build();
    }

    // The store stays open while the server runs; the process ending releases its lock.
    private KnowledgeStore persistent() {
        boolean adding = inputs != null && !inputs.isEmpty();
        return adding ? LoadCommand.load(store, inputs, out()) : KnowledgeStore.open(store, false);
    }

    // Resolve before the extraction so that a typo in --host fails at once, and with a message
    // rather than Jetty's "Failed to bind to x/<unresolved>" wrapped in a FusekiException.
    private void checkHost() {
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UserException("--host " + host + ": unknown host; give an address such as 127.0.0.1 or 0.0.0.0");
        }
    }

    private boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void start(SparqlServer s) {
        try {
            s.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new UserException("cannot listen on " + host + ":" + port + " (" + t.getMessage()
                            + "): is another server on that port? Pick another with --port, or check --host", e);
                }
            }
            throw e;
        }
    }

    /** The running server once started, else null; lets an in-process caller (a test) stop it. */
    SparqlServer server() {
        return server;
    }
}
