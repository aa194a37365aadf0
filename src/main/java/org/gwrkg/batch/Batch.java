package org.gwrkg.batch;

import java.util.List;

/**
 * The reports of a batch, every one read and checked ({@link BatchLoader#read}), none extracted yet:
 * what the slow part of a load needs to know, in input order.
 *
 * @param reports   one per file, in input order, each a different report
 * @param chars     their characters in all
 * @param readNanos how long reading and checking took
 */
public record Batch(List<ReportInput> reports, long chars, long readNanos) {
    public Batch {
        reports = List.copyOf(reports);
    }
}
