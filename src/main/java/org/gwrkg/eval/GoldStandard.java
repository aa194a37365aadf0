package org.gwrkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gwrkg.extract.ProjectStatus;
import org.gwrkg.extract.RelationType;

/**
 * What a report should yield, as annotated by hand under GUIDELINES.md: the answer key
 * that {@link Scorer} compares an extraction with.
 *
 * <pre>{@code
 * GoldStandard gold = GoldStandard.load(Path.of("gold/yongchuan-2024.gold.json"));
 * ScoreReport report = new Scorer().score(extraction, gold);
 * }</pre>
 *
 * @param source     the report text's file name
 * @param region     the region's name, e.g. 永川区
 * @param regionCode its GB/T 2260 code, e.g. 500118
 * @param period     the year reviewed, e.g. 2024
 * @param metrics    the figures
 * @param entities   the named things
 * @param relations  the links
 */
public record GoldStandard(String source, String region, String regionCode, String period,
                           List<GoldMetric> metrics, List<GoldEntity> entities, List<GoldRelation> relations) {

    // Gold files carry annotator fields (notes, ids) that scoring does not need; ignoring them keeps
    // old files loadable, while the checks in validate() still catch a misspelt required field.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public GoldStandard {
        metrics = metrics == null ? null : List.copyOf(metrics);
        entities = entities == null ? null : List.copyOf(entities);
        relations = relations == null ? null : List.copyOf(relations);
    }

    /**
     * Reads and checks a gold file.
     *
     * @throws GoldFileException naming the file and the fault when it is missing, not JSON,
     *                           or lacks a field that scoring needs
     */
    public static GoldStandard load(Path file) {
        GoldStandard gold;
        try {
            gold = MAPPER.readValue(Files.readString(file), GoldStandard.class);
        } catch (NoSuchFileException e) {
            throw new GoldFileException("gold file " + file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new GoldFileException("gold file " + file + ": " + fault(e), e);
        } catch (IOException e) {
            throw new GoldFileException("gold file " + file + ": cannot be read: " + e.getMessage(), e);
        }
        if (gold == null) {
            throw new GoldFileException("gold file " + file + ": is empty");
        }
        gold.validate(file);
        return gold;
    }

    /** What is wrong, and where: the line for broken JSON, the field path for a wrong shape. */
    private static String fault(JsonProcessingException e) {
        // Jackson wraps a syntax error met while mapping in a JsonMappingException; report the syntax.
        if (e.getCause() instanceof StreamReadException syntax) {
            e = syntax;
        }
        if (e instanceof StreamReadException syntax) {
            return "not valid JSON at line " + syntax.getLocation().getLineNr() + ", column "
                    + syntax.getLocation().getColumnNr() + ": " + syntax.getOriginalMessage();
        }
        if (e instanceof JsonMappingException mapping) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining());
            return (path.isEmpty() ? "" : path.substring(1) + ": ") + mapping.getOriginalMessage();
        }
        return e.getOriginalMessage();
    }

    private void validate(Path file) {
        require(metrics != null, file, "no \"metrics\" list");
        require(entities != null, file, "no \"entities\" list");
        require(relations != null, file, "no \"relations\" list");
        for (int i = 0; i < metrics.size(); i++) {
            GoldMetric m = metrics.get(i);
            require(m != null && notBlank(m.indicator()) && m.measure() != null && m.value() != null
                    && notBlank(m.unit()), file, "metrics[" + i + "] needs indicator, measure, value and unit");
        }
        for (int i = 0; i < entities.size(); i++) {
            GoldEntity e = entities.get(i);
            require(e != null && e.type() != null && notBlank(e.name()), file,
                    "entities[" + i + "] needs type and name");
        }
        for (int i = 0; i < relations.size(); i++) {
            GoldRelation r = relations.get(i);
            require(r != null && r.type() != null && notBlank(r.from()) && notBlank(r.to()), file,
                    "relations[" + i + "] needs type, from and to");
            if (r.type() == RelationType.STATUS) {
                try {
                    ProjectStatus.ofCode(r.to());
                } catch (IllegalArgumentException e) {
                    throw new GoldFileException("gold file " + file + ": relations[" + i + "]: \"" + r.to()
                            + "\" is not a project status (signed, started, under_construction, completed, in_operation)");
                }
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, Path file, String fault) {
        if (!ok) {
            throw new GoldFileException("gold file " + file + ": " + fault);
        }
    }
}
