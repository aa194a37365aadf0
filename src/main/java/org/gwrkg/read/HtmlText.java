package org.gwrkg.read;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of an HTML page, for reports saved from a government website. Basic on purpose:
 * regexes, not a parser. Scripts, styles and comments go; block elements (p, div, br,
 * headings, list items, table rows) become line breaks; other tags vanish; entities are
 * decoded. Navigation text of the page stays; TextNormalizer and the reader see it as text.
 *
 * <pre>{@code
 * HtmlText.toText("<p>各位代表：</p><p>现在&hellip;</p>"); // "\n各位代表：\n\n现在…\n"
 * }</pre>
 */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<!--.*?-->|<(script|style|noscript|template|head)\\b.*?</\\1\\s*>");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|title|hr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = RuleFile.lines("html-entities.tsv").stream()
            .map(line -> line.split("\t", 2))
            .collect(Collectors.toMap(cols -> cols[0], cols -> cols[1]));
    private static final Pattern HTML_START = Pattern.compile("(?i)^\\s*(?:<!doctype\\s+html|<html)");

    private HtmlText() {
    }

    /** Whether a file of this name and text is an HTML page rather than plain text. */
    static boolean isHtml(String fileName, String text) {
        String name = fileName.toLowerCase();
        return name.endsWith(".html") || name.endsWith(".htm") || HTML_START.matcher(text).find();
    }

    /** The text of the page {@code html}, one block element a line. */
    static String toText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = BLOCK_TAG.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return decodeEntities(text);
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The character of entity {@code name}, or the entity as written when it is unknown or invalid. */
    private static String decode(String name, String asWritten) {
        if (name.startsWith("#")) {
            try {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : asWritten;
            } catch (NumberFormatException e) {
                return asWritten;
            }
        }
        return NAMED.getOrDefault(name, asWritten);
    }
}
