package org.gwrkg.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.gwrkg.extract.Extraction;
import org.gwrkg.rdf.RdfWriter;
import org.gwrkg.read.ReportMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg extract}: reads reports and writes their RDF (each report in its named graph) or
 * their extraction records as JSON, to stdout or atomically to a file.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extract reports and write their RDF (TriG by default) or, with --json, the extracted records.")
final class ExtractCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Report files, or directories searched for .txt, .md, .html, .htm.")
    List<Path> inputs;

    @Option(names = "--region-code", paramLabel = "CODE", description = "GB/T 2260 code, e.g. 500118 (overrides sidecar and header).")
    String regionCode;

    @Option(names = "--region-name", paramLabel = "NAME", description = "Region name, e.g. 永川区 (overrides sidecar and header).")
    String regionName;

    @Option(names = "--period", paramLabel = "YYYY", description = "Year reviewed, e.g. 2024 (overrides sidecar and header).")
    String period;

    @Option(names = "--format", paramLabel = "F", description = "ttl, trig, nt, nq or jsonld (default: from -o's extension, else trig).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout; replaced only once complete.")
    Path output;

    @Option(names = "--json", description = "Write the extracted records as JSON instead of RDF.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads extracting (default: one per processor, here ${DEFAULT-VALUE}); output keeps input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    // The full text is in the input file already and would dwarf the records; offsets still point into it.
    @JsonIgnoreProperties({"text"})
    private abstract static class WithoutText {
    }

    // In a holder so that Jackson loads only when --json is used: picocli instantiates every
    // command to build the command line, and a static mapper here cost every command, serve's
    // start-up included, some 300 classes.
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addMixIn(Extraction.class, WithoutText.class);
    }

    @Override
    public Integer call() {
        ReportMetadata overrides = overrides();
        // Decide the format before the slow extraction, so a typo fails at once.
        Lang lang = json ? null : lang();
        if (threads < 1) {
            throw new UserException("--threads " + threads + ": give at least 1");
        }
        Reports reports = Reports.extract(inputs, overrides, threads);
        byte[] bytes = json ? json(reports.extractions()) : rdf(reports, lang);
        if (output == null) {
            out().print(new String(bytes, StandardCharsets.UTF_8));
            out().flush();
        } else {
            AtomicFile.write(output, bytes);
        }
        return 0;
    }

    ReportMetadata overrides() {
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            throw new UserException("--region-code " + regionCode + ": a GB/T 2260 code has six digits, e.g. 500118");
        }
        if (period != null && !period.matches("\\d{4}")) {
            throw new UserException("--period " + period + ": give the year reviewed as four digits, e.g. 2024");
        }
        return new ReportMetadata(regionName, regionCode, null, null, period, null, null);
    }

    private Lang lang() {
        String name = format != null ? format : output != null ? output.getFileName().toString() : "trig";
        try {
            return RdfWriter.lang(name);
        } catch (IllegalArgumentException e) {
            throw new UserException((format != null ? "--format " : "-o ") + e.getMessage()
                    + (format == null ? " (or give --format)" : ""));
        }
    }

    private static byte[] rdf(Reports reports, Lang lang) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        RdfWriter.write(reports.distinctGraphs(), false, lang, b);
        return b.toByteArray();
    }

    private static byte[] json(List<Extraction> extractions) {
        try {
            Object value = extractions.size() == 1 ? extractions.get(0) : extractions;
            return (Json.MAPPER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // Plain records always serialise; failing here is a bug, not the user's doing.
            throw new IllegalStateException("cannot write the extraction as JSON", e);
        }
    }
}
