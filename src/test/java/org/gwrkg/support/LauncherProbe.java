package org.gwrkg.support;

import java.lang.management.ManagementFactory;

/**
 * Stands in for gwrkg's main class in a jar that {@code bin/gwrkg} launches in tests: prints the JVM
 * options it was given, one a line, then does what its first argument says: {@code fail} exits 2,
 * {@code wait} waits to be stopped, anything else exits 0.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(System.out::println);
        System.out.println("ready");
        System.out.flush();
        String what = args.length > 0 ? args[0] : "";
        if (what.equals("fail")) {
            System.exit(2);
        }
        if (what.equals("wait")) {
            Thread.sleep(120_000);
        }
    }
}
