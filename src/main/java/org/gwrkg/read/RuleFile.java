package org.gwrkg.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a rule list shipped beside these classes: UTF-8, one rule a line, blank lines and
 * lines starting with {@code #} ignored.
 */
final class RuleFile {

    private RuleFile() {
    }

    /** The rule lines of resource {@code name} in this package, e.g. "layout-artefacts.tsv". */
    static List<String> lines(String name) {
        InputStream in = RuleFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource missing from the build: org/gwrkg/read/" + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
