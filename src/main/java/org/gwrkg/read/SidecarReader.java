package org.gwrkg.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the metadata sidecar of a report: {@code <basename>.json} in the same folder, with
 * the fields of {@link ReportMetadata}; other fields are ignored.
 *
 * <pre>{@code
 * ReportMetadata m = new SidecarReader().read(Path.of("seeds/yongchuan.txt")); // seeds/yongchuan.json
 * }</pre>
 */
public final class SidecarReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * The sidecar's metadata, or {@link ReportMetadata#EMPTY} when the report has none.
     *
     * @throws ReportException when the sidecar exists but is not a JSON object of metadata
     */
    public ReportMetadata read(Path reportFile) {
        Path sidecar = sidecarOf(reportFile);
        if (!Files.isRegularFile(sidecar)) {
            return ReportMetadata.EMPTY;
        }
        try {
            ReportMetadata metadata = JSON.readValue(sidecar.toFile(), ReportMetadata.class);
            return metadata == null ? ReportMetadata.EMPTY : metadata;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ReportException(sidecar + ": is not a valid metadata sidecar" + where + " ("
                    + e.getOriginalMessage() + "). Fix it into a JSON object such as "
                    + "{\"region\": \"…\", \"date\": \"2025-01-13\", \"period\": \"2024\"}, or delete it.", e);
        } catch (IOException e) {
            throw new ReportException(sidecar + ": cannot be read (" + e.getMessage()
                    + "). Check its permissions, or delete it.", e);
        }
    }

    /** {@code dir/name.txt} → {@code dir/name.json}. */
    static Path sidecarOf(Path reportFile) {
        String name = reportFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return reportFile.resolveSibling(base + ".json");
    }
}
