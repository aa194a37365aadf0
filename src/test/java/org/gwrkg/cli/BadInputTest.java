package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.gwrkg.read.ReportReader;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.support.ChildJvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input fed to {@code gwrkg load --store}: each file gets a correct result or a one-line message
 * and exit 2, never a stack trace or a hang, and a failed load leaves the store exactly as it was.
 * (UserErrorsTest checks the messages of {@code extract} on empty, binary and PDF files, and
 * TextDecoderTest the decoding of each encoding; here the point is the store.)
 */
class BadInputTest {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x80-\\x9F]");

    @TempDir
    Path dir;
    private Path store;
    private String sidecar;

    @BeforeEach
    void storeWithOneReport() throws IOException {
        store = dir.resolve("kg");
        Cli.Result r = Cli.run("load", "--store", store.toString(), "src/test/resources/corpus/sichuan/pidu-2024-report.txt");
        assertEquals(0, r.code(), r.err());
        sidecar = Files.readString(Cli.SEED_SIDECAR);
    }

    /** Graph names, triple count and the store's files: what a failed load must leave as it was. */
    private String state() {
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            return kg.graphNames() + " " + kg.tripleCount();
        }
    }

    private void assertRefused(Path file, String... words) {
        String before = state();
        Cli.Result r = Cli.run("load", "--store", store.toString(), file.toString());
        assertEquals(Main.EXIT_USAGE, r.code(), () -> file + ": " + r.out() + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("gwrkg: " + file), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        for (String w : words) {
            assertTrue(err.contains(w), () -> "message lacks \"" + w + "\": " + err);
        }
        assertEquals(before, state(), "the store is unchanged");
    }

    /** The seed's text in {@code charset}, with its sidecar, under {@code name}. */
    private Path seedAs(String name, Charset charset, boolean bom) throws IOException {
        String text = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        byte[] bytes = text.getBytes(charset);
        assertEquals(text, new String(bytes, charset), "the seed is representable in " + charset);
        Path f = dir.resolve(name + ".txt");
        if (bom) {
            Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xFE});
            Files.write(f, bytes, java.nio.file.StandardOpenOption.APPEND);
        } else {
            Files.write(f, bytes);
        }
        Files.writeString(dir.resolve(name + ".json"), sidecar);
        return f;
    }

    /** The counts columns of the seed's row in {@code list}: observations, entities, relations. */
    private String seedCounts(Path storeDir) {
        Cli.Result list = Cli.run("list", "--format", "tsv", "--store", storeDir.toString());
        assertEquals(0, list.code(), list.err());
        return list.out().lines().filter(l -> l.startsWith("500118\t")).findFirst()
                .map(l -> String.join(" ", List.of(l.split("\t")).subList(3, 6))).orElse("missing");
    }

    @Test
    void emptyWhitespaceBinaryAndPdfAreRefused() throws IOException {
        assertRefused(Files.createFile(dir.resolve("empty.txt")), "is empty");
        assertRefused(Files.writeString(dir.resolve("blank.txt"), " \n\t\n　\r\n"), "only whitespace");
        byte[] noise = new byte[8192];
        new Random(3).nextBytes(noise);
        assertRefused(Files.write(dir.resolve("noise.txt"), noise), "binary");
        assertRefused(Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >>\nendobj\n"),
                "PDF", "pdftotext");
    }

    @Test
    void htmlIsReadAsTextAndAPageWithoutAReportIsRefused() throws IOException {
        assertRefused(Files.writeString(dir.resolve("login.html"),
                "<!doctype html><html><head><title>Sign in</title></head><body><form><input name=user>"
                        + "<input type=password><button>登录</button></form></body></html>"), "too little Chinese text");
        Path html = dir.resolve("report.html");
        Files.writeString(html, "<!doctype html><html><head><meta charset=\"utf-8\"><title>报告</title><style>p{}</style>"
                + "<script>var x = '<p>不是正文</p>';</script></head><body><div class=\"content\">"
                + Files.readString(Cli.SEED).lines().map(l -> "<p>" + l.replace("&", "&amp;") + "</p>")
                        .reduce("", String::concat) + "</div></body></html>");
        Files.writeString(dir.resolve("report.json"), sidecar);
        Cli.Result r = Cli.run("load", "--store", store.toString(), html.toString());
        assertEquals(0, r.code(), r.err());
        Path plain = dir.resolve("plain");
        assertEquals(0, Cli.run("load", "--store", plain.toString(), Cli.SEED.toString()).code());
        assertEquals(seedCounts(plain), seedCounts(store), "the HTML page gives what the text gives");
    }

    @Test
    void gbkBig5AndUtf16GiveWhatUtf8Gives() throws IOException {
        Path plain = dir.resolve("plain");
        assertEquals(0, Cli.run("load", "--store", plain.toString(), Cli.SEED.toString()).code());
        String expected = seedCounts(plain);
        assertNotEquals("missing", expected);
        for (Path f : List.of(seedAs("gbk", Charset.forName("GBK"), false),
                seedAs("utf16le-bom", StandardCharsets.UTF_16LE, true),
                seedAs("utf16be", StandardCharsets.UTF_16BE, false))) {
            Path s = dir.resolve("kg-" + f.getFileName());
            Cli.Result r = Cli.run("load", "--store", s.toString(), f.toString());
            assertEquals(0, r.code(), () -> f + ": " + r.err());
            assertEquals(expected, seedCounts(s), f.toString());
        }
        // Big5 holds traditional characters only: a short report of our own.
        String traditional = "示範縣人民政府工作報告\n一、二〇二四年工作回顧\n全縣地區生產總值達到三百二十億元，增長百分之五點八。"
                + "規模以上工業增加值增長百分之七，新建產業園區兩個，引進重點項目十二個，城鄉居民收入穩步提高。"
                + "全年一般公共預算收入完成十八億元，民生支出佔比保持在百分之七十以上。\n";
        Path big5 = Files.write(dir.resolve("big5.txt"), traditional.getBytes(Charset.forName("Big5")));
        Files.writeString(dir.resolve("big5.json"), "{\"regionCode\": \"710000\", \"period\": \"2024\"}");
        Path s = dir.resolve("kg-big5");
        Cli.Result r = Cli.run("load", "--store", s.toString(), big5.toString());
        assertEquals(0, r.code(), r.err());
        Cli.Result quotes = Cli.run("query", "--store", s.toString(), "--format", "csv",
                "PREFIX gwr: <https://w3id.org/gwrkg/ontology#> SELECT DISTINCT ?q { ?e gwr:quote ?q }");
        assertTrue(quotes.out().contains("示範縣人民政府工作報告"), "decoded as Big5, not as mojibake: " + quotes.out());
    }

    @Test
    void controlCharactersAreDroppedNotStored() throws IOException {
        String text = Files.readString(Cli.SEED).replaceFirst("增长", "增\u0007长").replaceFirst("。", "。\u001B[0m")
                .replaceFirst("，", "\u0085，");
        Path f = Files.writeString(dir.resolve("ctrl.txt"), text);
        Files.writeString(dir.resolve("ctrl.json"), sidecar);
        Cli.Result r = Cli.run("load", "--store", store.toString(), f.toString());
        assertEquals(0, r.code(), r.err());
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            long withControl = Txn.calculateRead(kg.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(kg.unionView()).query(
                        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER (isLiteral(?o) && REGEX(STR(?o), \"[\\\\u0000-\\\\u0008\\\\u000B\\\\u000C\\\\u000E-\\\\u001F\\\\u007F-\\\\u009F]\")) }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(0, withControl, "no literal holds a control character");
        }
        assertTrue(CONTROL.matcher(text).find(), "the input did hold them");
    }

    @Test
    void aFileOf200MegabytesIsRefusedFastInABoundedHeap() throws Exception {
        Path huge = dir.resolve("huge.txt");
        String line = "全区地区生产总值增长百分之六，规上工业增加值增长百分之八。".repeat(200) + "\n";
        long target = 200L << 20;
        try (Writer w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            for (long written = 0; written < target; written += line.getBytes(StandardCharsets.UTF_8).length) {
                w.write(line);
            }
        }
        assertTrue(Files.size(huge) > ReportReader.MAX_BYTES * 50);
        String before = state();
        long start = System.nanoTime();
        try (ChildJvm load = ChildJvm.start(List.of("-Xmx1g"), Map.of(), "load", "--store", store.toString(), huge.toString())) {
            assertEquals(Main.EXIT_USAGE, load.waitFor(Duration.ofMinutes(2)), load.err());
            assertTrue(load.err().strip().matches("gwrkg: .*huge\\.txt: is 200\\.\\d MB, over the 2 MB limit for one report\\..*"), load.err());
        }
        assertTrue((System.nanoTime() - start) / 1_000_000 < 60_000, "refused before reading");
        assertEquals(before, state());
    }

    /** A run of {@code length} characters of report words without punctuation, after a title line. */
    private static String unpunctuated(int length) {
        StringBuilder line = new StringBuilder("示例区人民政府工作报告\n");
        Random r = new Random(11);
        String words = "发展建设推进产业项目经济社会服务创新改革城乡生态民生安全文化教育医疗交通园区企业农业工业科技人才数字";
        while (line.length() < length + 12) {
            line.append(words.charAt(r.nextInt(words.length())));
        }
        return line.append('\n').toString();
    }

    @Test
    void aLineOfAMegabyteWithoutPunctuationIsRefusedAtOnceInABoundedHeap() throws Exception {
        Path f = Files.writeString(dir.resolve("oneline.txt"), unpunctuated(350_000));
        Files.writeString(dir.resolve("oneline.json"), "{\"regionCode\": \"500101\", \"period\": \"2024\"}");
        assertTrue(Files.size(f) > 1_000_000);
        String before = state();
        long start = System.nanoTime();
        try (ChildJvm load = ChildJvm.start(List.of("-Xmx1g"), Map.of(), "load", "--store", store.toString(), f.toString())) {
            assertEquals(Main.EXIT_USAGE, load.waitFor(Duration.ofMinutes(2)), () -> load.out() + load.err());
            assertTrue(load.err().strip().matches("gwrkg: .*oneline\\.txt: has 350000 characters without a full stop .*conversion.*"), load.err());
        }
        assertTrue((System.nanoTime() - start) / 1_000_000_000 < 60, "refused before the slow stages");
        assertEquals(before, state());
    }

    @Test
    void aRunJustUnderTheLimitLoads() throws IOException {
        Path f = Files.writeString(dir.resolve("run.txt"), unpunctuated(ReportReader.MAX_RUN - 20));
        Files.writeString(dir.resolve("run.json"), "{\"regionCode\": \"500101\", \"period\": \"2024\"}");
        long start = System.nanoTime();
        Cli.Result r = Cli.run("load", "--store", store.toString(), f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue((System.nanoTime() - start) / 1_000_000_000 < 60, "in bounded time");
        assertTrue(state().contains("https://w3id.org/gwrkg/id/report/500101-2024"));
    }
}
