package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {

    private static final String PREFIX = "PREFIX gwr: <https://w3id.org/gwrkg/ontology#> ";

    @TempDir
    Path dir;

    @Test
    void selectAsCsvFromARqFile() throws IOException {
        Path rq = Files.writeString(dir.resolve("code.rq"), PREFIX + "SELECT ?code WHERE { ?report gwr:region ?x . ?x gwr:adminCode ?code }");
        Cli.Result r = Cli.run("query", "--data", Cli.SEED.toString(), "--format", "csv", rq.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("code\r\n500118\r\n", r.out());
    }

    @Test
    void askPrintsTrueOrFalse() {
        Cli.Result r = Cli.run("query", "--data", Cli.SEED.toString(), PREFIX + "ASK { ?x gwr:adminCode \"999999\" }");
        assertEquals(0, r.code(), r.err());
        assertEquals("false", r.out().strip());
    }

    @Test
    void constructPrintsTurtle() {
        Cli.Result r = Cli.run("query", "--data", Cli.SEED.toString(),
                PREFIX + "CONSTRUCT { ?r gwr:adminCode ?c } WHERE { ?r gwr:adminCode ?c }");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"500118\""), r.out());
    }

    @Test
    void missingQueryFile() {
        Cli.Result r = Cli.run("query", dir.resolve("none.rq").toString());
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("none.rq: no such query file"), r.err());
    }
}
