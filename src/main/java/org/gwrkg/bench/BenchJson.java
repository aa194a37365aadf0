package org.gwrkg.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The results as JSON: the records' fields, indented, in a stable order. */
public final class BenchJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private BenchJson() {
    }

    /** {@code result} as UTF-8 JSON. */
    public static byte[] bytes(BenchResult result) {
        try {
            return JSON.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the results do not serialise: " + e.getMessage(), e);
        }
    }
}
