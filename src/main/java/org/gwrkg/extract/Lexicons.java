package org.gwrkg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rule and vocabulary files of the extractors from the class path: TSV tables
 * (tab-separated, {@code #} comments) and JSON documents.
 *
 * <pre>{@code
 * List<String[]> rows = Lexicons.tsv("/org/gwrkg/extract/metric/units.tsv");
 * JsonNode cues = Lexicons.json("/org/gwrkg/extract/metric/cues.json");
 * }</pre>
 */
public final class Lexicons {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Lexicons() {
    }

    /** The rows of a TSV resource, comments and blank lines skipped. */
    public static List<String[]> tsv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return rows;
    }

    /** The first column of a TSV resource: a word list. */
    public static List<String> words(String resource) {
        return tsv(resource).stream().map(r -> r[0].strip()).filter(w -> !w.isEmpty()).toList();
    }

    /** A JSON resource. */
    public static JsonNode json(String resource) {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** The strings of a JSON array, longest first, so that matching tries the longest word first. */
    public static List<String> longestFirst(JsonNode array) {
        List<String> words = new ArrayList<>();
        array.forEach(n -> words.add(n.asText()));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }

    /** The fields of a JSON object (those not starting with _), keys longest first. */
    public static Map<String, JsonNode> longestFirstMap(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(k -> {
            if (!k.startsWith("_")) {
                keys.add(k);
            }
        });
        keys.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, JsonNode> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, object.get(k)));
        return map;
    }

    private static InputStream open(String resource) {
        InputStream in = Lexicons.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " (a broken build?)");
        }
        return in;
    }
}
