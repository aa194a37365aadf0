package org.gwrkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gwrkg.extract.Lexicons;

/**
 * The sentence templates of {@code templates.json} beside this class, compiled, by their path in
 * the document: {@code opening}, {@code review.intro}, {@code themes.industry.review},
 * {@code lists.act} … The patterns of level figures ({@code verbs}) and the sector groups
 * ({@code sectors}) are kept as written.
 */
final class Templates {

    static final String RESOURCE = "/org/gwrkg/bench/templates.json";

    private final Map<String, List<Template>> groups = new LinkedHashMap<>();
    private final Map<String, List<String>> verbs = new LinkedHashMap<>();
    private final Map<String, List<String>> sectors = new LinkedHashMap<>();
    private final List<String> themes = new ArrayList<>();
    /** The lists by slot name, and each theme's words by name: looked up for every slot filled, so kept apart. */
    private final Map<String, List<Template>> lists = new HashMap<>();
    private final Map<String, Map<String, List<Template>>> words = new HashMap<>();

    Templates(JsonNode root) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "verbs" -> strings(e.getValue(), verbs);
                case "sectors" -> strings(e.getValue(), sectors);
                default -> {
                    if (!e.getKey().startsWith("_")) {
                        compile(e.getKey(), e.getValue());
                    }
                }
            }
        }
        root.path("themes").fieldNames().forEachRemaining(themes::add);
        groups.forEach((path, g) -> {
            if (path.startsWith("lists.")) {
                lists.put(path.substring("lists.".length()), g);
            }
        });
        for (String theme : themes) {
            String prefix = "themes." + theme + ".words.";
            Map<String, List<Template>> own = new HashMap<>();
            groups.forEach((path, g) -> {
                if (path.startsWith(prefix)) {
                    own.put("@" + path.substring(prefix.length()), g);
                }
            });
            words.put(theme, own);
        }
    }

    /** The list a slot {@code {name}} draws from, or null. */
    List<Template> list(String name) {
        return lists.get(name);
    }

    /** The words a slot {@code {@name}} draws from in sections of {@code theme}, or null. */
    List<Template> words(String theme, String name) {
        Map<String, List<Template>> own = words.get(theme);
        return own == null ? null : own.get(name);
    }

    static Templates standard() {
        return new Templates(Lexicons.json(RESOURCE));
    }

    /** The templates at {@code path}. */
    List<Template> group(String path) {
        List<Template> g = groups.get(path);
        if (g == null || g.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no templates at " + path);
        }
        return g;
    }

    boolean has(String path) {
        List<Template> g = groups.get(path);
        return g != null && !g.isEmpty();
    }

    /** Every group, for validation. */
    Map<String, List<Template>> groups() {
        return groups;
    }

    /** The themes, in the order reports take them up. */
    List<String> themes() {
        return themes;
    }

    /** The patterns of a verb class: {@code {w}达到{n}}. */
    List<String> verbs(String key) {
        List<String> v = verbs.get(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": no verbs \"" + key + "\"");
        }
        return v;
    }

    /** The sector notations of each group. */
    Map<String, List<String>> sectors() {
        return sectors;
    }

    private void compile(String path, JsonNode node) {
        if (node.isArray()) {
            List<Template> list = new ArrayList<>();
            node.forEach(n -> list.add(Template.compile(n.asText())));
            groups.put(path, List.copyOf(list));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().startsWith("_")) {
                    compile(path + "." + e.getKey(), e.getValue());
                }
            });
        } else {
            throw new IllegalStateException(RESOURCE + ": " + path + " is neither a list nor an object");
        }
    }

    private static void strings(JsonNode object, Map<String, List<String>> into) {
        object.fields().forEachRemaining(e -> {
            List<String> list = new ArrayList<>();
            e.getValue().forEach(n -> list.add(n.asText()));
            into.put(e.getKey(), List.copyOf(list));
        });
    }
}
