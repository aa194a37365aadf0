package org.gwrkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gwrkg} command line: {@code extract}, {@code load}, {@code serve}, {@code query}, {@code list},
 * {@code table}, {@code graph}, {@code eval} and {@code bench}.
 *
 * <p>Exit codes: 0 success, 1 an {@code eval} floor not met, 2 a user error (bad input or
 * options; one line on stderr), 3 an internal error.
 *
 * <pre>{@code
 * java -jar target/gwrkg.jar serve            # SPARQL over seeds/ at http://127.0.0.1:3030/kg/sparql
 * java -jar target/gwrkg.jar extract seeds/ -o kg.trig
 * java -jar target/gwrkg.jar load --store kg seeds/   # a persistent TDB2 store; serve --store kg serves it
 * }</pre>
 */
@Command(name = "gwrkg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns Chinese government work reports into a knowledge graph and serves it over SPARQL.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, ListCommand.class,
                       TableCommand.class, GraphCommand.class, EvalCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:eval: a score floor was not met", "2:bad input or options",
                        "3:internal error (rerun with --debug)"})
public final class Main extends BaseCommand implements Runnable {

    /** Exit code of a score below an {@code eval} floor. */
    public static final int EXIT_FLOOR = 1;
    /** Exit code of a user error. */
    public static final int EXIT_USAGE = 2;
    /** Exit code of a bug. */
    public static final int EXIT_INTERNAL = 3;

    /** Runs gwrkg and exits with its code. */
    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // picocli's handlers see Exceptions only; an Error would end in a stack trace.
            System.err.println("gwrkg: out of memory (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB heap): give Java more, e.g. java -Xmx4g -jar gwrkg.jar ..., or fewer or smaller files at once");
            code = EXIT_INTERNAL;
        } catch (StackOverflowError e) {
            System.err.println("gwrkg: internal error: stack overflow (rerun with --debug and report it)");
            code = EXIT_INTERNAL;
        }
        System.exit(code);
    }

    /**
     * The command line with gwrkg's error handling (one line, exit 2 or 3). Tests use this to run
     * commands in-process with {@code setOut}/{@code setErr} to capture what they print.
     */
    public static CommandLine commandLine() {
        ErrorHandler handler = new ErrorHandler();
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler);
    }

    @Override
    public void run() {
        // No command given: show what there is rather than do nothing silently.
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed: extract, load, serve, query, list, table, graph, eval or bench");
    }
}
