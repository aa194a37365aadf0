package org.gwrkg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gwrkg.read.Report;

/**
 * Splits a report's normalised text into sections, paragraphs and sentences, all with
 * offsets into {@code report.text()}.
 *
 * <pre>{@code
 * StructuredReport s = new ReportStructurer().structure(report);
 * s.sections().get(0).title();   // 一、2024年工作回顾
 * s.sentences().get(0).text();   // report.text().substring(start, end)
 * }</pre>
 *
 * A paragraph is a line (the normaliser has joined lines broken by the page layout). A part
 * heading (一、) starts a level 1 section, a section heading (（一）) a level 2 one; a section
 * governs the text up to the next heading of its level or above.
 *
 * <p>A sentence ends at 。！？ or, past {@value #MAX_SENTENCE} characters, at the last clause break
 * (，；、：) before that length, else at that length. Report sentences run to under 200
 * characters; a longer run is text without punctuation (a bad conversion, a table flattened to a
 * line), and the later stages, HanLP's name recognition and the entity patterns, slow down with the
 * square of a sentence's length: a line of a megabyte took minutes.
 */
public final class ReportStructurer {

    private static final Pattern PART = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern SECTION = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
    private static final String TERMINATORS = "。！？";
    /** Closing quotes and brackets right after a terminator belong to the sentence it ends. */
    private static final String CLOSERS = "”’」』）)》";
    /** The longest sentence: five times the longest seen in real reports. */
    static final int MAX_SENTENCE = 1000;
    /** How far back from the cap a clause break is looked for. */
    private static final int BREAK_SEARCH = 300;
    private static final String CLAUSE_BREAKS = "，；、：,;: 　";

    /** The structure of {@code report}. */
    public StructuredReport structure(Report report) {
        String text = report.text();
        List<int[]> lines = lines(text);
        List<Section> sections = sections(text, lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int[] line : lines) {
            int index = paragraphs.size();
            paragraphs.add(new Paragraph(index, line[0], line[1], innermostSection(sections, line[0])));
            splitSentences(text, line[0], line[1], index, sentences);
        }
        return new StructuredReport(report, sections, paragraphs, sentences);
    }

    /** {start, end} of every line that holds more than whitespace. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (!text.substring(start, end).isBlank()) {
                lines.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return lines;
    }

    private static List<Section> sections(String text, List<int[]> lines) {
        List<int[]> headings = new ArrayList<>();   // {level, line index}
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
            if (PART.matcher(line).find()) {
                headings.add(new int[] {1, i});
            } else if (SECTION.matcher(line).find()) {
                headings.add(new int[] {2, i});
            }
        }
        List<Section> sections = new ArrayList<>();
        int part = -1;
        for (int h = 0; h < headings.size(); h++) {
            int level = headings.get(h)[0];
            int[] line = lines.get(headings.get(h)[1]);
            int lastLine = lines.size() - 1;
            for (int next = h + 1; next < headings.size(); next++) {
                if (headings.get(next)[0] <= level) {
                    lastLine = headings.get(next)[1] - 1;
                    break;
                }
            }
            int end = lines.get(lastLine)[1];
            String title = title(text.substring(line[0], line[1]));
            sections.add(new Section(h, level, title, line[0], end, level == 1 ? -1 : part));
            if (level == 1) {
                part = h;
            }
        }
        return sections;
    }

    /** The heading alone: a section heading may run on into its text, then it ends with its first sentence. */
    private static String title(String line) {
        int end = sentenceEnd(line, 0, line.length());
        return line.substring(0, end).strip();
    }

    private static int innermostSection(List<Section> sections, int offset) {
        int innermost = -1;
        for (Section section : sections) {
            if (section.start() <= offset && offset < section.end()) {
                innermost = section.index();
            }
        }
        return innermost;
    }

    private static void splitSentences(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        while (start < to) {
            int end = sentenceEnd(text, start, to);
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new Sentence(out.size(), s, e, text.substring(s, e), paragraph));
            }
            start = end;
        }
    }

    /** Offset just past the sentence that starts at {@code start}: its terminators and closers included. */
    private static int sentenceEnd(String text, int start, int to) {
        int i = start;
        int limit = Math.min(to, start + MAX_SENTENCE + 1);
        while (i < limit && TERMINATORS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        if (i - start > MAX_SENTENCE) {
            return cut(text, start);
        }
        while (i < to && (TERMINATORS.indexOf(text.charAt(i)) >= 0 || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** Where an over-long run of text starting at {@code start} is cut: after a clause break near the cap, else at it. */
    private static int cut(String text, int start) {
        int end = start + MAX_SENTENCE;
        for (int i = end - 1; i > end - BREAK_SEARCH; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        // Never between the two halves of a character outside the BMP.
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
