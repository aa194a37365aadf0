package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers --help and --version, so a user can find their way without the README. */
class HelpAndVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"extract", "serve", "query", "eval"})
    void help(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: gwrkg " + command), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "serve", "query", "eval"})
    void version(String command) {
        Cli.Result r = Cli.run(command, "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)gwrkg \\d+\\.\\d+\\.\\d+.*"), r.out());
    }
}
