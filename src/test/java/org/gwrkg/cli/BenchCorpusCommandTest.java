package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gwrkg.bench.CorpusManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gwrkg bench corpus}: a new directory of reports and a manifest, the same for the same options, and no harm done otherwise. */
class BenchCorpusCommandTest {

    @TempDir
    Path dir;

    private static List<Path> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    private static void assertUserError(Cli.Result r, String... words) {
        assertEquals(Main.EXIT_USAGE, r.code(), () -> "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), () -> "not one line: " + err);
        assertTrue(err.startsWith("gwrkg: "), err);
        for (String w : words) {
            assertTrue(err.contains(w), () -> "message lacks \"" + w + "\": " + err);
        }
    }

    @Test
    void writesTheReportsAndAManifestThatCountsThem() throws IOException {
        Path out = dir.resolve("corpus");
        Cli.Result r = Cli.run("bench", "corpus", "--reports", "12", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Wrote 12 report(s)"), r.out());
        CorpusManifest m = new ObjectMapper().readValue(out.resolve(CorpusManifest.FILE).toFile(), CorpusManifest.class);
        assertEquals(12, m.reports());
        assertEquals(2025, m.seed());
        assertEquals(13, files(out).size());
        long total = 0;
        for (CorpusManifest.Entry e : m.files()) {
            String text = Files.readString(out.resolve(e.file()), StandardCharsets.UTF_8);
            assertEquals(e.chars(), text.codePointCount(0, text.length()), e.file());
            assertEquals(e.regionCode() + "-" + e.year() + ".txt", e.file());
            assertTrue(e.figures() > 0, e.file());
            total += e.chars();
        }
        assertEquals(total, m.totalChars());
        assertEquals(List.of(out), files(dir), "something was left beside the corpus");
    }

    @Test
    void theSameOptionsGiveTheSameBytes() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, Cli.run("bench", "corpus", "--reports", "8", "--seed", "99", "-o", a.toString()).code());
        assertEquals(0, Cli.run("bench", "corpus", "--reports", "8", "--seed", "99", "-o", b.toString()).code());
        List<Path> fa = files(a);
        assertEquals(fa.stream().map(Path::getFileName).toList(), files(b).stream().map(Path::getFileName).toList());
        for (Path f : fa) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.getFileName().toString());
        }
    }

    @Test
    void anEmptyDirectoryIsFilled() throws IOException {
        Path out = Files.createDirectory(dir.resolve("empty"));
        assertEquals(0, Cli.run("bench", "corpus", "--reports", "2", "-o", out.toString()).code());
        assertEquals(3, files(out).size());
    }

    @Test
    void aDirectoryWithFilesIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectory(dir.resolve("mine"));
        Path mine = Files.writeString(out.resolve("notes.txt"), "keep me");
        assertUserError(Cli.run("bench", "corpus", "--reports", "2", "-o", out.toString()), "not empty", "--force");
        assertUserError(Cli.run("bench", "corpus", "--reports", "2", "-o", out.toString(), "--force"), "corpus.json");
        assertEquals(List.of(mine), files(out));
        assertEquals("keep me", Files.readString(mine));
    }

    @Test
    void forceReplacesACorpusMadeBefore() throws IOException {
        Path out = dir.resolve("corpus");
        assertEquals(0, Cli.run("bench", "corpus", "--reports", "3", "--seed", "1", "-o", out.toString()).code());
        List<Path> before = files(out);
        assertUserError(Cli.run("bench", "corpus", "--reports", "3", "--seed", "2", "-o", out.toString()), "not empty");
        assertEquals(before, files(out));
        Cli.Result r = Cli.run("bench", "corpus", "--reports", "3", "--seed", "2", "-o", out.toString(), "--force");
        assertEquals(0, r.code(), r.err());
        CorpusManifest m = new ObjectMapper().readValue(out.resolve(CorpusManifest.FILE).toFile(), CorpusManifest.class);
        assertEquals(2, m.seed());
        assertEquals(4, files(out).size(), "files of the old corpus remain");
        assertEquals(List.of(out), files(dir), "the old corpus or a temporary directory was left beside it");
    }

    @Test
    void badOptionsAreUserErrors() throws IOException {
        String out = dir.resolve("c").toString();
        assertUserError(Cli.run("bench", "corpus", "--reports", "5"), "-o");
        assertUserError(Cli.run("bench", "corpus", "-o", out), "--reports");
        assertUserError(Cli.run("bench", "corpus", "--reports", "0", "-o", out), "--reports 0", "1 to 100000");
        assertUserError(Cli.run("bench", "corpus", "--reports", "100001", "-o", out), "1 to 100000");
        assertUserError(Cli.run("bench", "corpus", "--reports", "2", "--min-chars", "9000", "--max-chars", "8000", "-o", out),
                "--max-chars");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertUserError(Cli.run("bench", "corpus", "--reports", "2", "-o", file.toString()), "is a file");
        assertFalse(Files.exists(dir.resolve("c")));
    }

    @Test
    void benchNamesItsSubcommandsAndEachHasHelp() {
        assertUserError(Cli.run("bench"), "corpus");
        Cli.Result help = Cli.run("bench", "corpus", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: gwrkg bench corpus"), help.out());
        Cli.Result version = Cli.run("bench", "corpus", "--version");
        assertEquals(0, version.code(), version.err());
    }
}
