package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gwrkg.rdf.Ontology;
import org.gwrkg.rdf.RegionGraph;
import org.gwrkg.read.ReportException;
import org.gwrkg.serve.SparqlServer;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * serve's two-threaded start-up: the same store as the one-threaded {@link Reports#toStore()}, and a
 * failure on either thread thrown as raised, with no server left listening.
 */
class InMemoryStartTest {

    private static final StartupLog SILENT = StartupLog.to(null, false);

    @TempDir
    Path dir;

    @Test
    void theStoreHoldsWhatTheOneThreadedPathPutsThere() {
        InMemoryStart.Ready ready = InMemoryStart.run(List.of(Cli.SEED), kg -> SparqlServer.builder(kg).port(0).build(), SILENT);
        KnowledgeStore expected = Reports.extract(List.of(Cli.SEED), org.gwrkg.read.ReportMetadata.EMPTY).toStore();

        assertEquals(expected.graphNames(), ready.store().graphNames());
        for (String g : expected.graphNames()) {
            assertEquals(expected.tripleCount(g), ready.store().tripleCount(g), g);
        }
        assertTrue(ready.store().graphNames().containsAll(List.of(Ontology.GRAPH, Ontology.INDICATORS_GRAPH,
                Ontology.SECTORS_GRAPH, Ontology.UNITS_GRAPH, RegionGraph.GRAPH)), ready.store().graphNames().toString());
    }

    @Test
    void aFailureBuildingTheServerIsThrownAsRaised() {
        IllegalStateException boom = new IllegalStateException("no server today");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> InMemoryStart.run(List.of(Cli.SEED), kg -> {
                    throw boom;
                }, SILENT));
        assertSame(boom, thrown);
    }

    @Test
    void aBadReportIsThrownAsRaisedAndNothingListens() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        int port = freePort();
        AtomicReference<Thread> builder = new AtomicReference<>();
        ReportException e = assertThrows(ReportException.class, () -> InMemoryStart.run(List.of(empty), kg -> {
            builder.set(Thread.currentThread());
            return SparqlServer.builder(kg).port(port).build();
        }, SILENT));
        assertTrue(e.getMessage().contains("empty.txt"), e.getMessage());
        if (builder.get() != null) {
            builder.get().join(Duration.ofSeconds(30).toMillis());
        }
        assertFree(port);
    }

    @Test
    void serveWithABadReportSaysSoInOneLineAndDoesNotListen() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        int port = freePort();
        Cli.Result r = Cli.run("serve", "--port", Integer.toString(port), empty.toString());
        assertEquals(Main.EXIT_USAGE, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("gwrkg: ") && r.err().contains("empty.txt"), r.err());
        assertFalse(r.out().contains("SPARQL endpoint"), r.out());
        assertFree(port);
    }

    @Test
    void debugSaysWhenEachStepEndedAndOnWhichThread() throws Exception {
        CommandLine cmd = Main.commandLine();
        ServeCommand serve = cmd.getSubcommands().get("serve").getCommand();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        Thread t = new Thread(() -> cmd.execute("serve", "--debug", "--port", "0", Cli.SEED.toString()), "serve");
        t.setDaemon(true);
        t.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (serve.server() == null && t.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        serve.server().stop();
        t.join(10_000);
        String log = err.toString();
        assertTrue(log.contains("report(s) extracted [serve;"), log);
        assertTrue(log.contains("server built [gwrkg-start;"), log);
        assertTrue(log.lines().anyMatch(l -> l.startsWith("gwrkg: start-up") && l.contains("listening")), log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void assertFree(int port) throws IOException {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, s.getLocalPort());
        }
    }
}
