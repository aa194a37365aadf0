package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The latency of one research query on one store, over the timed runs after the warm-up runs.
 *
 * @param query    its path under queries/
 * @param runs     timed runs
 * @param medianMs median, ms
 * @param p99Ms    99th percentile (nearest rank: the slowest run when there are fewer than 100), ms
 * @param minMs    fastest run, ms
 * @param maxMs    slowest run, ms
 * @param rows     result rows (SELECT), or 1 (ASK)
 * @param error    why the query gave no answer (HTTP status and message), null when it did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"query", "runs", "medianMs", "p99Ms", "minMs", "maxMs", "rows", "error"})
public record QueryTiming(String query, int runs, double medianMs, double p99Ms, double minMs, double maxMs, long rows,
                          String error) {

    static QueryTiming failed(String query, String error) {
        return new QueryTiming(query, 0, 0, 0, 0, 0, 0, error);
    }
}
