package org.gwrkg.bench;

import java.util.List;

/**
 * One synthetic report and what was planted in it.
 *
 * <pre>{@code
 * GeneratedReport r = CorpusGenerator.builder().reports(10).build().generate(0);
 * Files.writeString(dir.resolve(r.fileName()), r.text());   // e.g. 110105-2019.txt
 * }</pre>
 *
 * @param regionCode the GB/T 2260 code of the region whose report it is
 * @param region     the region's name (松阳县)
 * @param year       the year the report reviews, its period
 * @param text       the report's text, header first
 * @param figures    the figures written into it, in text order
 * @param projects   the project names written into it, in text order, each once
 * @param companies  the company names written into it (full and short), in text order, each once
 */
public record GeneratedReport(String regionCode, String region, int year, String text,
                              List<PlantedFigure> figures, List<String> projects, List<String> companies) {

    public GeneratedReport {
        figures = List.copyOf(figures);
        projects = List.copyOf(projects);
        companies = List.copyOf(companies);
    }

    /** The file name of the report: {@code {code}-{year}.txt}. */
    public String fileName() {
        return regionCode + "-" + year + ".txt";
    }

    /** Its length in characters (Unicode code points). */
    public int chars() {
        return text.codePointCount(0, text.length());
    }
}
