package org.gwrkg.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gwrkg.corpus.TestCorpus;

/**
 * Many reports made from few: the files of the test corpus (seed and synthetic ones) copied under new
 * names, each with a sidecar that makes it the report of another county or year, as LoadTest does
 * with its hundred reports.
 */
final class BatchCorpus {

    /** County-level codes of several provinces; each copy is one of them for one year. */
    private static final List<String> COUNTIES = List.of("110101", "120101", "130102", "140105", "150102",
            "210102", "220102", "230102", "310101", "320102", "330102", "340102");

    private BatchCorpus() {
    }

    /** Writes {@code n} report files (and their sidecars) into {@code dir}; returns the report files, sorted. */
    static List<Path> write(Path dir, int n) throws IOException {
        List<Path> sources = TestCorpus.files();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path source = sources.get(i % sources.size());
            String name = source.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.'));
            String base = String.format("r%03d", i);
            Path copy = Files.copy(source, dir.resolve(base + extension));
            Files.writeString(dir.resolve(base + ".json"), "{\"regionCode\": \"" + COUNTIES.get(i % COUNTIES.size())
                    + "\", \"period\": \"" + (2015 + i / COUNTIES.size()) + "\"}", StandardCharsets.UTF_8);
            files.add(copy);
        }
        return files;
    }
}
