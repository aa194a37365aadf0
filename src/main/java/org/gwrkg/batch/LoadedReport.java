package org.gwrkg.batch;

/**
 * A report written to the store.
 *
 * @param input   the report
 * @param triples the triples of its graph
 */
public record LoadedReport(ReportInput input, long triples) {
}
