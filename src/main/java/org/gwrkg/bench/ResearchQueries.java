package org.gwrkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The research queries whose latency the benchmark measures: every {@code .rq} under the
 * {@code queries/} folder, top-level ones first, then {@code corpus/}, except those under
 * {@code federated/}, which call remote endpoints (Wikidata) and so would time the network, and
 * which the server refuses anyway unless started with {@code --allow-service}.
 */
final class ResearchQueries {

    /** The sub-folder left out. */
    static final String FEDERATED = "federated";

    /**
     * One query file.
     *
     * @param name its path under the queries folder, e.g. {@code corpus/01-indicator-across-districts.rq}
     * @param text the query
     */
    record QueryFile(String name, String text) {
    }

    private ResearchQueries() {
    }

    /** The queries under {@code dir}, sorted by depth then path. */
    static List<QueryFile> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BenchException(dir + ": no queries folder there; run from the gwrkg checkout, or give --queries DIR");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            List<QueryFile> queries = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(FEDERATED + "/"))
                    .sorted((a, b) -> {
                        int depth = Long.compare(depth(a), depth(b));
                        return depth != 0 ? depth : a.compareTo(b);
                    })
                    .map(name -> new QueryFile(name, read(dir.resolve(name))))
                    .toList();
            if (queries.isEmpty()) {
                throw new BenchException(dir + ": no .rq files there; give the gwrkg queries/ folder with --queries DIR");
            }
            return queries;
        } catch (IOException e) {
            throw new BenchException(dir + ": cannot read the queries (" + e.getMessage() + ")", e);
        }
    }

    private static long depth(String name) {
        return name.chars().filter(c -> c == '/').count();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
