package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug is exit 3 and one line; its stack trace only with --debug. */
class ErrorHandlerTest {

    @Command(name = "boom")
    static final class Boom extends BaseCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("something broke\ninside");
        }
    }

    private static Cli.Result run(String... args) {
        ErrorHandler handler = new ErrorHandler();
        CommandLine cmd = new CommandLine(new Boom()).setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler);
        return Cli.run(cmd, args);
    }

    @Test
    void internalErrorIsOneLineAndExitThree() {
        Cli.Result r = run();
        assertEquals(Main.EXIT_INTERNAL, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("gwrkg: internal error: "), r.err());
        assertTrue(r.err().contains("--debug"), r.err());
        assertFalse(r.err().contains("at org."), r.err());
    }

    @Test
    void debugShowsTheStackTrace() {
        Cli.Result r = run("--debug");
        assertEquals(Main.EXIT_INTERNAL, r.code());
        assertTrue(r.err().contains("at org.gwrkg.cli.ErrorHandlerTest$Boom.call"), r.err());
    }

    @Test
    void unknownHostIsAUserError() {
        Cli.Result r = Cli.run("serve", "--host", "nosuch.invalid", "--port", "0", Cli.SEED.toString());
        assertEquals(Main.EXIT_USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("gwrkg: --host nosuch.invalid: unknown host"), r.err());
    }
}
