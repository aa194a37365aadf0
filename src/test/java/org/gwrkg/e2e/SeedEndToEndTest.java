package org.gwrkg.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.gwrkg.cli.Cli;
import org.gwrkg.rdf.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed through the whole command line: same bytes every time and from every encoding, valid RDF. */
class SeedEndToEndTest {

    @TempDir
    Path dir;

    private static byte[] extractNQuads(Path report, Path out) throws IOException {
        Cli.Result r = Cli.run("extract", "-o", out.toString(), report.toString());
        assertEquals(0, r.code(), r.err());
        return Files.readAllBytes(out);
    }

    @Test
    void extractIsDeterministic() throws IOException {
        byte[] first = extractNQuads(Cli.SEED, dir.resolve("a.nq"));
        byte[] second = extractNQuads(Cli.SEED, dir.resolve("b.nq"));
        assertTrue(first.length > 10_000, "a real graph, not an empty one");
        assertArrayEquals(first, second);
    }

    @Test
    void gbkCopyGivesTheSameGraph() throws IOException {
        String name = Cli.SEED.getFileName().toString();
        String sidecar = Cli.SEED_SIDECAR.getFileName().toString();
        Path utf8Dir = Files.createDirectories(dir.resolve("utf8"));
        Path gbkDir = Files.createDirectories(dir.resolve("gbk"));
        Files.copy(Cli.SEED, utf8Dir.resolve(name));
        Files.copy(Cli.SEED_SIDECAR, utf8Dir.resolve(sidecar));
        String text = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        Files.write(gbkDir.resolve(name), text.getBytes(Charset.forName("GBK")));
        Files.copy(Cli.SEED_SIDECAR, gbkDir.resolve(sidecar));

        byte[] utf8 = extractNQuads(utf8Dir.resolve(name), dir.resolve("utf8.nq"));
        byte[] gbk = extractNQuads(gbkDir.resolve(name), dir.resolve("gbk.nq"));
        assertTrue(utf8.length > 10_000);
        assertArrayEquals(utf8, gbk, "GBK and UTF-8 copies of the seed differ in RDF");
    }

    @Test
    void seedRdfConformsToTheShapes() throws IOException {
        Path nq = dir.resolve("seed.nq");
        extractNQuads(Cli.SEED, nq);
        // A copy: the union model of a dataset is read-only, and the ontology is added below.
        Model data = org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                .add(RDFDataMgr.loadDataset(nq.toString()).getUnionModel());
        assertTrue(data.size() > 1000, "triples: " + data.size());
        data.add(Ontology.ontology());
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), data.getGraph());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ShLib.printReport(b, report);
        assertEquals(0, report.getEntries().size(), () -> b.toString(StandardCharsets.UTF_8));
        assertTrue(report.conforms());
    }
}
