package org.gwrkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/**
 * Renders a score report as JSON: the scores with their P, R and F1, and the missed and
 * unmatched items, for scripts that track scores over time.
 *
 * <pre>{@code
 * Files.writeString(Path.of("score.json"), ScoreJson.render(report));
 * }</pre>
 */
public final class ScoreJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreJson() {
    }

    /** The report as indented JSON. */
    public static String render(ScoreReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and enums always serialise; failing here is a bug.
            throw new UncheckedIOException(e);
        }
    }
}
