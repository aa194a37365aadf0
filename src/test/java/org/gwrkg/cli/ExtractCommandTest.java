package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.gwrkg.corpus.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonHasTheEstimatedGdpGrowth() throws IOException {
        Cli.Result r = Cli.run("extract", "--json", Cli.SEED.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertFalse(root.has("text"), "the full text is left out");
        boolean found = false;
        for (JsonNode m : root.get("metrics")) {
            if (m.get("indicator").asText().contains("地区生产总值") && m.get("value").decimalValue().compareTo(
                    java.math.BigDecimal.valueOf(2)) == 0) {
                found |= m.get("qualifiers").toString().contains("\"estimate\"");
            }
        }
        assertTrue(found, "no 地区生产总值 metric of value 2 qualified estimate");
    }

    @Test
    void jsonOfADirectoryIsAList() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds/sub"));
        Files.copy(Cli.SEED, seeds.resolve("b.txt"));
        Files.copy(Cli.SEED, dir.resolve("seeds/a.md"));
        Cli.Result r = Cli.run("extract", "--json", dir.resolve("seeds").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.isArray());
        assertEquals("a.md", root.get(0).get("source").asText());
        assertEquals("b.txt", root.get(1).get("source").asText());
    }

    @Test
    void threadsKeepTheOutputOfOneThread() {
        String corpus = TestCorpus.DIR.toString();
        for (String format : List.of("--json", "--format=nq")) {
            Cli.Result one = Cli.run("extract", "--threads", "1", format, Cli.SEED.toString(), corpus);
            Cli.Result three = Cli.run("extract", "--threads", "3", format, Cli.SEED.toString(), corpus);
            assertEquals(0, three.code(), three.err());
            assertTrue(one.out().length() > 10_000, format);
            assertEquals(one.out(), three.out(), format + ": the same output, files in input order");
        }
    }

    @Test
    void optionsOverrideSidecarMetadata() throws IOException {
        Path out = dir.resolve("seed.ttl");
        Cli.Result r = Cli.run("extract", "--region-code", "500101", "--region-name", "万州区", "--period", "2023",
                "-o", out.toString(), Cli.SEED.toString());
        assertEquals(0, r.code(), r.err());
        String ttl = Files.readString(out);
        assertTrue(ttl.contains("region/500101"), "region code from the command line");
        assertFalse(ttl.contains("region/500118"), "sidecar region code overridden");
    }

    @Test
    void formatFromOutputExtension() throws IOException {
        Path out = dir.resolve("seed.trig");
        assertEquals(0, Cli.run("extract", "-o", out.toString(), Cli.SEED.toString()).code());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()), "one named graph per report");
    }

    @Test
    void stdoutDefaultsToTrig() {
        Cli.Result r = Cli.run("extract", Cli.SEED.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("GRAPH") || r.out().matches("(?s).*<[^>]+>\\s*\\{.*"), "TriG names the graph");
    }
}
