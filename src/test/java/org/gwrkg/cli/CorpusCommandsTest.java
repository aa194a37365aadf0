package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list} and {@code table} over the synthetic corpus, read from folders recursively. */
class CorpusCommandsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path PIDU = CORPUS.resolve("sichuan/pidu-2024-report.txt");

    @TempDir
    Path dir;

    @Test
    void listShowsEveryReportUnderTheFoldersWithRegionPeriodAndCounts() {
        Cli.Result r = Cli.run("list", "--format", "tsv", CORPUS.toString());
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = r.out().lines().skip(1).map(l -> l.split("\t", -1)).toList();
        assertEquals(List.of("410425 郏县 2024", "440307 龙岗区 2023", "440307 龙岗区 2024", "510117 郫都区 2024"),
                rows.stream().map(c -> c[0] + " " + c[1] + " " + c[2]).toList(), ".md, .txt and .html, two folders deep");
        for (String[] c : rows) {
            assertTrue(Integer.parseInt(c[3]) > 5 && Integer.parseInt(c[4]) > 5 && Integer.parseInt(c[5]) > 3,
                    "observations, entities and relations of " + String.join(" ", c));
        }
        Cli.Result table = Cli.run("list", PIDU.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().lines().skip(1).findFirst().orElseThrow().startsWith("510117      郫都区  2024"), table.out());
    }

    @Test
    void aFileNamedTwiceIsReadOnce() {
        Cli.Result r = Cli.run("list", "--format", "csv", CORPUS.resolve("sichuan").toString(), PIDU.toString(), "./" + PIDU);
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
    }

    @Test
    void twoFilesOfOneReportAreAnError() throws IOException {
        Files.copy(PIDU, dir.resolve("a.txt"));
        Files.copy(PIDU, dir.resolve("b.txt"));
        Cli.Result r = Cli.run("list", dir.toString());
        assertEquals(Main.EXIT_USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("b.txt and ") && r.err().contains("a.txt are both the report")
                && r.err().contains("510117-2024"), r.err());
    }

    @Test
    void tableMetricsAsCsvToAFile() throws IOException {
        Path out = dir.resolve("metrics.csv");
        Cli.Result r = Cli.run("table", "metrics", "-o", out.toString(), PIDU.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "nothing on stdout with -o");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("regionCode,region,period,indicator,notation,indicatorText,measure,value,unit,raw,"
                + "qualifiers,sentence,report,source\r\n"), csv);
        assertTrue(csv.contains("\r\n510117,郫都区,2024,https://w3id.org/gwrkg/id/indicator/gdp,gdp,地区生产总值,"
                + "changeRate,6.8,percent,6.8%,,全区地区生产总值增长6.8%,https://w3id.org/gwrkg/id/report/510117-2024,"
                + "pidu-2024-report.txt\r\n"), csv);
        assertFalse(csv.replace("\r\n", "").contains("\n"), "no bare line feeds");
    }

    @Test
    void tableEntitiesAsTsvOnStdout() {
        Cli.Result r = Cli.run("table", "entities", "--format", "tsv", CORPUS.resolve("henan").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("regionCode\tregion\tperiod\ttype\tname\tentity\tmentions\tsentence\treport\tsource", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("410425\t郏县\t2024\tOrganization\t华瑞微电子科技有限公司\t")), r.out());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split("\t", -1).length == 10), "ten cells a row");
    }

    @Test
    void unknownTableOrFormatIsAUserError() {
        for (Cli.Result r : List.of(Cli.run("table", "people", PIDU.toString()),
                Cli.run("table", "metrics", "--format", "xlsx", PIDU.toString()),
                Cli.run("list", "--format", "xml", PIDU.toString()))) {
            assertEquals(Main.EXIT_USAGE, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("gwrkg: ") && r.err().contains("unknown"), r.err());
        }
    }

    @Test
    void constructAsJsonHasPlainKeys() {
        Cli.Result r = Cli.run("query", "--data", PIDU.toString(), "--format", "json",
                "PREFIX gwr: <https://w3id.org/gwrkg/ontology#> CONSTRUCT { ?o gwr:value ?v ; gwr:indicatorText ?t } "
                        + "WHERE { ?o gwr:value ?v ; gwr:indicatorText ?t }");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"value\": \"6.8\"") && r.out().contains("\"indicatorText\": \"地区生产总值\""), r.out());
        assertFalse(r.out().substring(r.out().indexOf("\"@graph\"")).contains("ontology#"), r.out());
    }
}
