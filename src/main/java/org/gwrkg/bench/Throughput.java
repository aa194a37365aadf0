package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How much one single-threaded stage got through and how long it took.
 *
 * @param unit          what was counted: {@code chars} or {@code triples}
 * @param units         how many
 * @param seconds       wall time
 * @param cpuSeconds    CPU time of the measuring thread; far below {@code seconds} on a busy machine
 * @param perSecond     {@code units / seconds}
 * @param perCpuSecond  {@code units / cpuSeconds}, what the stage would do with a core to itself
 */
@JsonPropertyOrder({"unit", "units", "seconds", "cpuSeconds", "perSecond", "perCpuSecond"})
public record Throughput(String unit, long units, double seconds, double cpuSeconds, double perSecond, double perCpuSecond) {

    static Throughput of(String unit, long units, double seconds, double cpuSeconds) {
        return new Throughput(unit, units, seconds, cpuSeconds, rate(units, seconds), rate(units, cpuSeconds));
    }

    private static double rate(long units, double seconds) {
        return seconds > 0 ? units / seconds : 0;
    }
}
