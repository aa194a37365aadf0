package org.gwrkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The report files named on a command line: files as given, directories searched recursively for
 * {@code .txt}, {@code .md}, {@code .html} and {@code .htm}, in sorted order so that output does not
 * depend on the file system's listing order; a file named twice is read once.
 */
final class ReportFiles {

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm");

    private ReportFiles() {
    }

    /**
     * The files to read. A file named directly is kept whatever its extension (the reader then says
     * whether it is a report); a directory without any report file is an error rather than silence.
     */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = walk(p);
                if (found.isEmpty()) {
                    throw new UserException(p + ": no report files (.txt, .md, .html, .htm) in this directory");
                }
                found.stream().filter(f -> seen.add(identity(f))).forEach(files::add);
            } else if (seen.add(identity(p))) {
                // Missing files are left for ReportReader, whose message names the problem.
                files.add(p);
            }
        }
        return files;
    }

    /** The same file named twice (seeds/ and seeds/x.txt, or ./x.txt and x.txt) is read once. */
    private static Path identity(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(ReportFiles::isReport).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UserException(dir + ": cannot list the directory (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
