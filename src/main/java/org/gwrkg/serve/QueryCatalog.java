package org.gwrkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The research queries shipped in the jar under {@code queries/} (the project's {@code queries/}
 * folder), each with its question, for the query page to offer.
 */
final class QueryCatalog {

    /**
     * One query.
     *
     * @param name     its path under queries/, e.g. {@code corpus/01-indicator-across-districts.rq}
     * @param question the research question of its opening comment, or its name when it has none
     * @param text     the query
     */
    record Entry(String name, String question, String text) {
    }

    private static final String ROOT = "queries";
    private static final String QUESTION = "Research question:";

    private QueryCatalog() {
    }

    /** Every .rq under queries/ on the class path, sorted by path (top-level ones first). */
    static List<Entry> load() {
        return load(QueryCatalog.class.getClassLoader());
    }

    /** Every .rq under queries/ that {@code loader} sees, in a jar or a directory, sorted as {@link #load()}. */
    static List<Entry> load(ClassLoader loader) {
        URL url = loader.getResource(ROOT);
        if (url == null) {
            return List.of();
        }
        try {
            List<Entry> entries = "jar".equals(url.getProtocol()) ? fromJar(url) : fromDirectory(Path.of(url.toURI()));
            // Top-level research queries first, then corpus/ and federated/ ones.
            entries.sort((a, b) -> {
                int depth = Long.compare(a.name().chars().filter(c -> c == '/').count(),
                        b.name().chars().filter(c -> c == '/').count());
                return depth != 0 ? depth : a.name().compareTo(b.name());
            });
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped queries", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    // The jar the class loader has open already, rather than a zip file system over it: that one
    // indexes all of the jar's 26,000 entries again in Java code, a few hundred ms of start-up.
    private static List<Entry> fromJar(URL url) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        JarFile jar = connection.getJarFile();
        String root = connection.getEntryName() + "/";
        List<Entry> entries = new ArrayList<>();
        for (JarEntry e : Collections.list(jar.entries())) {
            if (e.getName().startsWith(root) && e.getName().endsWith(".rq")) {
                try (InputStream in = jar.getInputStream(e)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String name = e.getName().substring(root.length());
                    entries.add(new Entry(name, question(text, name), text));
                }
            }
        }
        return entries;
    }

    private static List<Entry> fromDirectory(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                String text = Files.readString(f, StandardCharsets.UTF_8);
                entries.add(new Entry(name, question(text, name), text));
            }
        }
        return entries;
    }

    /** The comment lines from "Research question:" up to the next labelled paragraph, joined. */
    static String question(String text, String fallback) {
        StringBuilder q = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String words = line.substring(1).strip();
            if (words.startsWith(QUESTION)) {
                q.append(words.substring(QUESTION.length()).strip());
            } else if (!q.isEmpty() && !words.isEmpty() && !words.matches("^[A-Z][A-Za-z ]+:.*")) {
                q.append(' ').append(words);
            } else if (!q.isEmpty()) {
                break;
            }
        }
        return q.isEmpty() ? fallback : q.toString();
    }
}
