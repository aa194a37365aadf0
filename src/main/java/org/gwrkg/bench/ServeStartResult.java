package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Launch of {@code gwrkg serve} on the seed to its first answer that needs the seed's data.
 *
 * @param command  the command launched (with the port it got), or null when skipped
 * @param query    the query polled for
 * @param launches launches timed
 * @param medianMs median time from launch to the first answer, ms
 * @param ms       each launch's time, ms
 * @param cpuMs    the CPU time the server had used by its first answer (all its threads), ms;
 *                 far above the wall time on an idle machine, since start-up runs on several threads
 * @param targetMs the time aimed at
 * @param skipped  why nothing was launched, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServeStartResult(String command, String query, int launches, Double medianMs, List<Double> ms, List<Double> cpuMs,
                               double targetMs, String skipped) {

    /** Issue 8: serve on the seed answers its first query within 2.5 s of launch. */
    public static final double TARGET_MS = 2500;

    public ServeStartResult {
        ms = ms == null ? null : List.copyOf(ms);
        cpuMs = cpuMs == null ? null : List.copyOf(cpuMs);
    }

    static ServeStartResult skipped(String query, String why) {
        return new ServeStartResult(null, query, 0, null, null, null, TARGET_MS, why);
    }
}
