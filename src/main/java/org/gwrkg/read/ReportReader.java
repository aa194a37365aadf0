package org.gwrkg.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one report file into a {@link Report}: checks that it is a report at all, decodes
 * it, strips HTML or Markdown markup, normalises the text, and merges its metadata (header &lt; sidecar &lt;
 * overrides), then looks the region's GB/T 2260 code up by name ({@link Regions}) when none is
 * given. Bad input ends in a {@link ReportException} that names the file, says what is wrong and
 * what to do.
 *
 * <pre>{@code
 * Report r = new ReportReader().read(Path.of("seeds/yongchuan.txt"), ReportMetadata.EMPTY);
 * r.metadata().region(); // 永川区
 * }</pre>
 */
public final class ReportReader {

    /** A work report runs to thousands of characters; a few dozen ideographs is a fragment at most. */
    private static final int MIN_IDEOGRAPHS = 50;
    /** Share of ideographs among the non-space characters below which the text is not Chinese prose. */
    private static final double MIN_IDEOGRAPH_SHARE = 0.3;
    /** Share of control characters above which a file is binary: text has next to none. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /**
     * The largest report file read, 2 MiB: about 700,000 Chinese characters, some forty times the
     * longest report seen (the seed is 15 KB). A larger file is not one report; refusing it before
     * reading keeps memory bounded (a 2 MiB report extracts within -Xmx1g, a 4 MiB one did not).
     */
    public static final long MAX_BYTES = 2L << 20;
    /**
     * The longest paragraph stretch without a full stop (。！？ or . ! ?): report sentences run to under
     * 200 characters, so 5,000 is no prose but a bad conversion or a flattened table. Refused, since
     * the later stages slow down with the square of such a run (a line of a megabyte ran for minutes).
     */
    public static final int MAX_RUN = 5000;
    private static final String STOPS = "。！？.!?\n";

    private final TextNormalizer normalizer = new TextNormalizer();
    private final HeaderMetadataParser header = new HeaderMetadataParser();
    private final SidecarReader sidecar = new SidecarReader();
    private final Regions regions = Regions.standard();

    /**
     * The report in {@code file}.
     *
     * @param overrides metadata that wins over header and sidecar, e.g. from the command line; may be null
     * @throws ReportException when the file is missing, unreadable or not a report's text
     */
    public Report read(Path file, ReportMetadata overrides) {
        String text = normalizer.normalize(plainText(file, readBytes(file)));
        checkChinese(file, text);
        checkRuns(file, text);
        ReportMetadata metadata = regions.complete(header.parse(text)
                .overriddenBy(sidecar.read(file))
                .overriddenBy(overrides == null ? ReportMetadata.EMPTY : overrides));
        return new Report(file.getFileName().toString(), text, metadata);
    }

    private static byte[] readBytes(Path file) {
        if (!Files.exists(file)) {
            throw fail(file, "no such file", "Check the path and the file name");
        }
        if (Files.isDirectory(file)) {
            throw fail(file, "is a directory, not a report", "Give the path of one report's text file inside it");
        }
        if (!Files.isReadable(file)) {
            throw fail(file, "cannot be read (permission denied)", "Make it readable, e.g. chmod a+r");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(file, String.format(Locale.ROOT, "is %.1f MB, over the %d MB limit for one report",
                        size / 1048576.0, MAX_BYTES >> 20), "Give one report per file, or check that this file is a report at all");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw fail(file, "cannot be read (" + e.getMessage() + ")", "Check that it is a readable regular file");
        }
    }

    /** The text of the file's bytes, HTML stripped; fails on everything that is not text. */
    private static String plainText(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw fail(file, "is empty", "Give the text of a government work report");
        }
        if (startsWith(bytes, "%PDF")) {
            throw fail(file, "is a PDF, not text",
                    "Convert it to text first, e.g. with pdftotext -layout report.pdf report.txt, and read the .txt");
        }
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (ReportException e) {
            if (looksBinary(new String(bytes, StandardCharsets.ISO_8859_1))) {
                throw binary(file);
            }
            throw fail(file, e.getMessage(), "Save it as UTF-8 text and try again");
        }
        if (looksBinary(text)) {
            throw binary(file);
        }
        if (HtmlText.isHtml(file.getFileName().toString(), text)) {
            text = HtmlText.toText(text);
        } else if (MarkdownText.isMarkdown(file.getFileName().toString())) {
            text = MarkdownText.toText(text);
        }
        if (text.isBlank()) {
            throw fail(file, "holds only whitespace", "Give the text of a government work report");
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL characters, or more than a trace of other control characters: no text file has them. */
    private static boolean looksBinary(String text) {
        long control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        return control > Math.max(2, text.length() * MAX_CONTROL_SHARE);
    }

    private static void checkChinese(Path file, String text) {
        if (text.isEmpty()) {
            throw fail(file, "holds no text once page markup and layout debris are removed",
                    "Give the text of a government work report");
        }
        long ideographs = Chinese.countIdeographs(text);
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (ideographs < MIN_IDEOGRAPHS || ideographs < visible * MIN_IDEOGRAPH_SHARE) {
            throw fail(file, "has too little Chinese text to be a government work report (" + ideographs
                    + " Chinese characters)", "Give the full text of the report");
        }
    }

    private static void checkRuns(Path file, String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || STOPS.indexOf(text.charAt(i)) >= 0) {
                if (i - start > MAX_RUN) {
                    throw fail(file, "has " + (i - start) + " characters without a full stop (。！？), from character " + start
                            + "; a report's sentences run to a few hundred", "Check its conversion to text: punctuation or line breaks were lost");
                }
                start = i + 1;
            }
        }
    }

    private static ReportException binary(Path file) {
        return fail(file, "is a binary file, not text",
                "Give the report as a text file (UTF-8, GBK or UTF-16), or convert it to text first");
    }

    private static ReportException fail(Path file, String what, String todo) {
        return new ReportException(file + ": " + what + ". " + todo + ".");
    }
}
