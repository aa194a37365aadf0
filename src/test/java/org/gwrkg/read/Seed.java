package org.gwrkg.read;

import java.nio.file.Path;

/** Where the tests find the seed report (Maven runs tests from the project folder). */
public final class Seed {

    public static final Path REPORT = Path.of("seeds", "yongchuan-2025-government-work-report.txt");

    private Seed() {
    }
}
