package org.gwrkg.read;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a Markdown file, for reports kept as {@code .md}: the markup that would otherwise
 * be read as words goes (heading marks, emphasis, block quotes, list bullets), so that
 * {@code # 郏县人民政府工作报告} is a title and not a place called "# 郏县". Everything else is
 * left for TextNormalizer, so offsets still point into the text a reader sees.
 *
 * <pre>{@code
 * MarkdownText.toText("## 一、2024年工作回顾\n**过去一年**，……"); // "一、2024年工作回顾\n过去一年，……"
 * }</pre>
 */
final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern QUOTE_OR_BULLET = Pattern.compile("(?m)^ {0,3}(?:>[ \\t]?|[-*+][ \\t]+)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

    private MarkdownText() {
    }

    /** Whether a file of this name is Markdown. */
    static boolean isMarkdown(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** The text of {@code markdown} without its markup. */
    static String toText(String markdown) {
        String text = HEADING.matcher(markdown).replaceAll("$1");
        text = QUOTE_OR_BULLET.matcher(text).replaceAll("");
        return EMPHASIS.matcher(text).replaceAll("");
    }
}
