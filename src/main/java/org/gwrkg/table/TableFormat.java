package org.gwrkg.table;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a {@link Table} is written: CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled), TSV (tab-separated, LF; tabs and
 * line breaks inside a field become spaces, since TSV cannot escape them), or TEXT (columns padded
 * for reading in a terminal, a Chinese character counting two columns wide).
 */
public enum TableFormat {
    /** RFC 4180 CSV. */
    CSV,
    /** Tab-separated values. */
    TSV,
    /** Aligned columns for people. */
    TEXT;

    /** The format of a name (csv, tsv, text or table), or null if it names none. */
    public static TableFormat of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "tsv" -> TSV;
            case "text", "table" -> TEXT;
            default -> null;
        };
    }

    /** Writes {@code table}, header first; flushes but does not close {@code out}. */
    public void write(Table table, PrintWriter out) {
        switch (this) {
            case CSV -> {
                line(out, table.columns().stream().map(TableFormat::csv).toList(), ",", "\r\n");
                table.rows().forEach(r -> line(out, r.stream().map(TableFormat::csv).toList(), ",", "\r\n"));
            }
            case TSV -> {
                line(out, table.columns().stream().map(TableFormat::tsv).toList(), "\t", "\n");
                table.rows().forEach(r -> line(out, r.stream().map(TableFormat::tsv).toList(), "\t", "\n"));
            }
            case TEXT -> text(table, out);
        }
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, String separator, String end) {
        out.print(String.join(separator, cells));
        out.print(end);
    }

    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    static String tsv(String field) {
        return field.replace("\r\n", " ").replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static void text(Table table, PrintWriter out) {
        int n = table.columns().size();
        int[] width = new int[n];
        List<List<String>> all = new ArrayList<>();
        all.add(table.columns());
        table.rows().forEach(r -> all.add(r.stream().map(TableFormat::tsv).toList()));
        for (List<String> row : all) {
            for (int c = 0; c < n; c++) {
                width[c] = Math.max(width[c], displayWidth(row.get(c)));
            }
        }
        for (List<String> row : all) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < n; c++) {
                String cell = row.get(c);
                b.append(cell);
                if (c < n - 1) {
                    b.append(" ".repeat(width[c] - displayWidth(cell) + 2));
                }
            }
            out.print(b.toString().stripTrailing());
            out.print('\n');
        }
    }

    /** Columns a terminal gives the text: two for East Asian wide characters, one for the rest. */
    static int displayWidth(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
