package org.gwrkg.batch;

import java.util.List;

/**
 * What a {@link BatchLoader} tells as it goes, e.g. for a progress bar or a log. Every method is
 * called from one thread at a time (the reading thread, then the writing one), in the order below.
 */
public interface BatchListener {

    /** A listener that ignores everything. */
    BatchListener NONE = new BatchListener() {
    };

    /** Reading and checking of {@code files} files begins. */
    default void readingStarted(int files) {
    }

    /** One more file was read and checked. */
    default void read(ReportInput report) {
    }

    /** Extracting and writing of the reports begins, with {@code threads} threads extracting. */
    default void loadingStarted(int reports, long chars, int threads) {
    }

    /** The report is about to be written into the open transaction. */
    default void writing(ReportInput report) {
    }

    /** The report is written into the open transaction, not yet committed. */
    default void written(LoadedReport report) {
    }

    /** A transaction with these reports was committed: they are in the store for good. */
    default void committed(List<LoadedReport> reports) {
    }

    /** Reading, or loading, stopped, whether it got to the end or failed: release the display. */
    default void stopped() {
    }

    /** A listener that tells both. */
    static BatchListener both(BatchListener a, BatchListener b) {
        return new BatchListener() {
            @Override
            public void readingStarted(int files) {
                a.readingStarted(files);
                b.readingStarted(files);
            }

            @Override
            public void read(ReportInput report) {
                a.read(report);
                b.read(report);
            }

            @Override
            public void loadingStarted(int reports, long chars, int threads) {
                a.loadingStarted(reports, chars, threads);
                b.loadingStarted(reports, chars, threads);
            }

            @Override
            public void writing(ReportInput report) {
                a.writing(report);
                b.writing(report);
            }

            @Override
            public void written(LoadedReport report) {
                a.written(report);
                b.written(report);
            }

            @Override
            public void committed(List<LoadedReport> reports) {
                a.committed(reports);
                b.committed(reports);
            }

            @Override
            public void stopped() {
                try {
                    a.stopped();
                } finally {
                    b.stopped();
                }
            }
        };
    }
}
