package org.gwrkg.cli;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.serve.SparqlServer;
import org.gwrkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg serve}: extracts the reports into an in-memory store with the ontology and serves
 * it read-only over SPARQL at {@code http://HOST:PORT/kg/sparql} until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extract reports and serve them over SPARQL at http://HOST:PORT/kg/sparql.")
final class ServeCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Reports to serve (default: seeds/).")
    List<Path> inputs;

    private volatile SparqlServer server;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new UserException("--port " + port + ": a port is 0..65535");
        }
        checkHost();
        List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        Reports reports = Reports.extract(paths, ReportMetadata.EMPTY);
        KnowledgeStore store = reports.toStore();
        SparqlServer s = SparqlServer.builder(store).host(host).port(port).build();
        start(s);
        server = s;
        out().println("SPARQL endpoint: " + s.url());
        out().println("Loaded " + reports.graphs().size() + " report(s), " + store.tripleCount()
                + " triples (with the ontology, vocabularies and regions). Stop with Ctrl-C.");
        out().flush();
        s.join();
        return 0;
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
