package org.gwrkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Runs gwrkg commands in-process, as {@code java -jar gwrkg.jar} would but without a JVM start,
 * capturing what they print.
 */
public final class Cli {

    /** The seed report, relative to the project directory where tests run. */
    public static final Path SEED = Path.of("seeds/yongchuan-2025-government-work-report.txt");
    /** Its sidecar. */
    public static final Path SEED_SIDECAR = Path.of("seeds/yongchuan-2025-government-work-report.json");
    /** The gold standard of the seed. */
    public static final Path GOLD = Path.of("src/test/resources/gold/yongchuan-2024.gold.json");

    /** What a command did. */
    public record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    /** Runs {@code args} through {@link Main#commandLine()}. */
    public static Result run(String... args) {
        return run(Main.commandLine(), args);
    }

    /** Runs {@code args} on a given command line, e.g. one whose subcommand a test holds on to. */
    public static Result run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
