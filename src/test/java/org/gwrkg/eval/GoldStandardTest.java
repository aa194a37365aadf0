package org.gwrkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gwrkg.extract.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldStandardTest {

    static final Path SEED_GOLD = Path.of("src/test/resources/gold/yongchuan-2024.gold.json");

    @TempDir
    Path dir;

    @Test
    void theSeedGoldLoadsWhole() {
        GoldStandard gold = GoldStandard.load(SEED_GOLD);
        assertEquals(112, gold.metrics().size());
        assertEquals(138, gold.entities().size());
        assertEquals(93, gold.relations().size());
        assertEquals("500118", gold.regionCode());
        GoldMetric second = gold.metrics().get(1);
        assertEquals(Measure.LEVEL, second.measure());
        assertEquals(0, second.value().compareTo(new java.math.BigDecimal("27500000000")));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.gold.json");
        GoldFileException e = assertThrows(GoldFileException.class, () -> GoldStandard.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void brokenJsonSaysWhere() throws IOException {
        Path file = write("{\"metrics\": [ {\"indicator\": }");
        GoldFileException e = assertThrows(GoldFileException.class, () -> GoldStandard.load(file));
        assertTrue(e.getMessage().contains("not valid JSON at line 1"), e.getMessage());
    }

    @Test
    void anUnknownCodeNamesItsField() throws IOException {
        Path file = write("{\"metrics\": [{\"indicator\": \"x\", \"measure\": \"level\", \"value\": 1, \"unit\": \"CNY\"},"
                + " {\"indicator\": \"y\", \"measure\": \"growth\", \"value\": 1, \"unit\": \"CNY\"}],"
                + " \"entities\": [], \"relations\": []}");
        GoldFileException e = assertThrows(GoldFileException.class, () -> GoldStandard.load(file));
        assertTrue(e.getMessage().contains("metrics[1].measure"), e.getMessage());
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        Path file = write("{\"metrics\": [], \"entities\": [{\"type\": \"Place\"}], \"relations\": []}");
        GoldFileException e = assertThrows(GoldFileException.class, () -> GoldStandard.load(file));
        assertTrue(e.getMessage().contains("entities[0] needs type and name"), e.getMessage());
    }

    @Test
    void aMissingListIsNamed() throws IOException {
        Path file = write("{\"metrics\": [], \"entities\": []}");
        GoldFileException e = assertThrows(GoldFileException.class, () -> GoldStandard.load(file));
        assertTrue(e.getMessage().contains("no \"relations\" list"), e.getMessage());
    }

    @Test
    void anUnknownStatusIsNamed() throws IOException {
        Path file = write("{\"metrics\": [], \"entities\": [], \"relations\": "
                + "[{\"type\": \"status\", \"from\": \"园\", \"to\": \"finished\"}]}");
        GoldFileException e = assertThrows(GoldFileException.class, () -> GoldStandard.load(file));
        assertTrue(e.getMessage().contains("\"finished\" is not a project status"), e.getMessage());
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("bad.gold.json"), json);
    }
}
