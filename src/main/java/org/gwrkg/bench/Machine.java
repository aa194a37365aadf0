package org.gwrkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Properties;

/**
 * Where and under what load the figures were taken: they mean little without it.
 *
 * @param gwrkg       gwrkg's version
 * @param java        the Java runtime's version and VM
 * @param os          operating system and architecture
 * @param cores       processors the JVM may use
 * @param loadAverage the system load average over the last minute when the value was read (-1
 *                    where the system cannot tell); above {@code cores}, other work competed
 */
public record Machine(String gwrkg, String java, String os, int cores, double loadAverage) {

    /** The machine now. */
    static Machine now() {
        return new Machine(version(), System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), currentLoad());
    }

    /** The load average over the last minute, -1 where unknown. */
    static double currentLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = Machine.class.getResourceAsStream("/org/gwrkg/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // The version only labels the figures; without it they still stand.
        }
        return p.getProperty("version", "unknown");
    }
}
