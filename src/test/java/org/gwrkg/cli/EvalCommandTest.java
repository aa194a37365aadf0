package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The quality floors of the seed, checked the way CI and users check them: through {@code eval}. */
class EvalCommandTest {

    @Test
    void seedMeetsItsFloors() {
        Cli.Result r = Cli.run("eval", "--gold", Cli.GOLD.toString(), "--min-metrics-f1", "0.95",
                "--min-qualifier-accuracy", "0.90",
                "--min-entities-f1", "0.90", "--min-relations-f1", "0.90", Cli.SEED.toString());
        assertEquals(0, r.code(), () -> r.out() + r.err());
        assertTrue(r.out().startsWith("kind"), r.out());
        assertTrue(r.out().contains("missed entities ("), r.out());
    }

    @Test
    void impossibleFloorExitsOne() {
        Cli.Result r = Cli.run("eval", "--gold", Cli.GOLD.toString(), "--min-relations-f1", "1.01",
                Cli.SEED.toString());
        assertEquals(Main.EXIT_FLOOR, r.code(), r.err());
        assertTrue(r.err().contains("below floor: relations F1"), r.err());
    }

    @Test
    void impossibleQualifierFloorExitsOne() {
        Cli.Result r = Cli.run("eval", "--gold", Cli.GOLD.toString(), "--min-qualifier-accuracy", "1.01",
                Cli.SEED.toString());
        assertEquals(Main.EXIT_FLOOR, r.code(), r.err());
        assertTrue(r.err().contains("below floor: qualifiers exact"), r.err());
        assertTrue(r.out().contains("metrics/qualifiers exact"), r.out());
    }

    @Test
    void jsonScores() {
        Cli.Result r = Cli.run("eval", "--json", "--gold", Cli.GOLD.toString(), Cli.SEED.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"kind\" : \"metrics\""), r.out());
        assertTrue(r.out().contains("\"kind\" : \"metrics/qualifiers exact\""), r.out());
    }
}
