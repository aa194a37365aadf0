package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query page's catalogue reads the same queries from the built jar as from a directory. */
class QueryCatalogTest {

    private static final String TOP = "# Research question: Which figures fell?\n# Uses: gwr:value\nSELECT * WHERE { ?s ?p ?o }\n";
    private static final String NESTED = "# Research question: How do districts compare\n# on one indicator?\nSELECT ?x WHERE { ?x ?p ?o }\n";

    @Test
    void jarAndDirectoryGiveTheSameCatalogue(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("classes");
        write(folder.resolve("queries/corpus/01-compare.rq"), NESTED);
        write(folder.resolve("queries/07-fell.rq"), TOP);
        write(folder.resolve("queries/notes.txt"), "not a query");
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("queries/", "queries/corpus/", "queries/corpus/01-compare.rq", "queries/07-fell.rq",
                    "queries/notes.txt", "other/08-elsewhere.rq")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write((name.startsWith("queries/") ? Files.readString(folder.resolve(name)) : TOP)
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }

        List<QueryCatalog.Entry> fromJar = load(jar);
        List<QueryCatalog.Entry> fromFolder = load(folder);

        assertEquals(List.of("07-fell.rq", "corpus/01-compare.rq"), fromJar.stream().map(QueryCatalog.Entry::name).toList());
        assertEquals(fromFolder, fromJar);
        assertEquals("Which figures fell?", fromJar.get(0).question());
        assertEquals("How do districts compare on one indicator?", fromJar.get(1).question());
        assertEquals(NESTED, fromJar.get(1).text());
    }

    @Test
    void theShippedQueriesAreListed() {
        List<QueryCatalog.Entry> shipped = QueryCatalog.load();
        assertTrue(shipped.stream().anyMatch(e -> e.name().startsWith("01-")), shipped.toString());
        assertTrue(shipped.stream().anyMatch(e -> e.name().startsWith("corpus/")), shipped.toString());
    }

    private static List<QueryCatalog.Entry> load(Path classPath) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null)) {
            return QueryCatalog.load(loader);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
