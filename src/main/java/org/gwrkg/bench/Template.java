package org.gwrkg.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence template compiled once: literal text and slots in order. {@code 新签约{sectors:industry:2}等项目}
 * is the text 新签约, the slot {@code sectors} with arguments [industry, 2], and the text 等项目.
 * Templates are compared by identity: each is one entry of {@code templates.json}.
 */
final class Template {

    private static final Set<String> FIGURES = Set.of("fig", "num", "pct", "target");

    /** A piece of a template. */
    sealed interface Part permits Text, Slot {
    }

    /** Literal text. */
    record Text(String text) implements Part {
    }

    /** A slot: {@code {name:arg:arg}}. */
    record Slot(String name, List<String> args) implements Part {

        String arg(int i) {
            return i < args.size() ? args.get(i) : null;
        }
    }

    private final String source;
    private final List<Part> parts;
    private final boolean themed;
    private final List<String> indicators;
    private final Set<String> repeated;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
        this.themed = parts.stream().anyMatch(p -> p instanceof Slot s
                && (s.name().startsWith("@") || s.args().stream().anyMatch(a -> a.equals("@"))));
        List<String> keys = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Slot s && FIGURES.contains(s.name()) && s.arg(0) != null && !s.arg(0).startsWith("@")) {
                keys.add(s.arg(0));
            }
        }
        this.indicators = List.copyOf(keys);
        Set<String> once = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (Part p : parts) {
            if (p instanceof Slot s && !once.add(s.name())) {
                twice.add(s.name());
            }
        }
        this.repeated = Set.copyOf(twice);
    }

    /** Whether the slot {@code name} occurs more than once in it ({act}…，{act}…): then each should say something else. */
    boolean repeats(String name) {
        return repeated.contains(name);
    }

    /** The indicators its figure slots name: a template is of no use once one of them is used. */
    List<String> indicators() {
        return indicators;
    }

    /** The template as written, for messages. */
    String source() {
        return source;
    }

    /** Its literal texts and slots. */
    List<Part> parts() {
        return parts;
    }

    /** Whether it reads differently in each theme: it has a slot of the section's theme ({@code {@action}}, {@code {fig:@}}). */
    boolean themed() {
        return themed;
    }

    /**
     * @throws IllegalStateException on an unclosed or empty slot
     */
    static Template compile(String source) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf('{', i);
            if (open < 0) {
                parts.add(new Text(source.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Text(source.substring(i, open)));
            }
            int close = source.indexOf('}', open);
            if (close < 0 || close == open + 1) {
                throw new IllegalStateException("template \"" + source + "\": unclosed or empty slot at " + open);
            }
            String[] fields = source.substring(open + 1, close).split(":", -1);
            parts.add(new Slot(fields[0], List.of(fields).subList(1, fields.length)));
            i = close + 1;
        }
        return new Template(source, parts);
    }
}
