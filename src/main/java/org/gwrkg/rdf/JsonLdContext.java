package org.gwrkg.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * gwrkg's JSON-LD context ({@code ontology/context.jsonld}), which gives every term of the ontology
 * a plain JSON key ({@code indicator}, {@code value}, {@code label}, {@code status} …), and JSON-LD
 * output compacted with it, so that web developers read {@code "value": "6.8"} rather than
 * {@code "https://w3id.org/gwrkg/ontology#value"}. The output carries the context inline, so it is
 * read back without any network; the same file is served at {@code /context.jsonld} by
 * {@code gwrkg serve} for pages that want to reference it.
 *
 * <pre>{@code
 * JsonLdContext.writeCompact(dataset, System.out);   // {"@context": {...}, "@graph": [...]}
 * }</pre>
 */
public final class JsonLdContext {

    /** Classpath resource of the context. */
    public static final String RESOURCE = "/ontology/context.jsonld";

    private JsonLdContext() {
    }

    /** The context document, as in {@code ontology/context.jsonld}. */
    public static String text() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: was the jar built with ontology/?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Writes the dataset as JSON-LD 1.1 compacted with the context, named graphs kept, indented. */
    public static void writeCompact(Dataset ds, OutputStream out) {
        StringWriter expanded = new StringWriter();
        RDFDataMgr.write(expanded, ds, RDFFormat.JSONLD11_PLAIN);
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(new StringReader(expanded.toString())),
                            JsonDocument.of(new StringReader(text())))
                    .ordered(true)
                    .get();
        } catch (JsonLdError e) {
            // Our own graphs and our own context: a failure here is a bug, not bad input.
            throw new IllegalStateException("cannot compact JSON-LD with " + RESOURCE + ": " + e.getMessage(), e);
        }
        // @context first, where readers look for it (compaction with ordered keys puts it last).
        JsonObjectBuilder document = Json.createObjectBuilder();
        document.add("@context", compacted.get("@context"));
        compacted.forEach((key, value) -> {
            if (!key.equals("@context")) {
                document.add(key, value);
            }
        });
        StringWriter json = new StringWriter();
        try (JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            jw.write(document.build());
        }
        try {
            out.write((json.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
