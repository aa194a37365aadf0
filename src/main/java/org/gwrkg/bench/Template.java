package org.gwrkg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence template compiled once: literal text and slots in order. {@code 新签约{sectors:industry:2}等项目}
 * is the text 新签约, the slot {@code sectors} with arguments [industry, 2], and the text 等项目.
 *
 * @param source the template as written, for messages
 * @param parts  its literal texts and slots
 */
record Template(String source, List<Part> parts) {

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

    Template {
        parts = List.copyOf(parts);
    }

    /** Whether it reads differently in each theme: it has a slot of the section's theme ({@code {@action}}, {@code {fig:@}}). */
    boolean themed() {
        return parts.stream().anyMatch(p -> p instanceof Slot s
                && (s.name().startsWith("@") || s.args().stream().anyMatch(a -> a.equals("@") || a.startsWith("@:"))));
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
