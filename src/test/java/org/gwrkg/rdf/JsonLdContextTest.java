package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class JsonLdContextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReportGraph graph = new RdfMapper().map(Fixtures.yongchuan());

    @Test
    void compactedOutputUsesThePlainKeysOfThePublishedContext() throws Exception {
        JsonNode doc = JSON.readTree(write(List.of(graph)));
        JsonNode context = JSON.readTree(JsonLdContext.text()).get("@context");
        assertEquals(context, doc.get("@context"), "the published context, inline");
        Set<String> keys = new HashSet<>();
        collectKeys(doc.get("@graph"), keys);
        Set<String> terms = new HashSet<>();
        context.fieldNames().forEachRemaining(terms::add);
        for (String k : keys) {
            assertTrue(k.startsWith("@") || terms.contains(k), "not a plain key of the context: " + k);
        }
        assertTrue(keys.containsAll(Set.of("id", "type", "indicator", "value", "measure", "unitCode", "rawValue", "quote",
                "start", "end", "label", "status", "partner", "evidence", "period", "region")), "keys: " + keys);
        String text = doc.get("@graph").toString();
        assertTrue(text.contains("\"measure\":\"changeRate\"") || text.contains("\"measure\":\"level\""),
                "measures are plain words too: " + text.substring(0, 400));
        assertTrue(!text.contains("https://w3id.org/gwrkg/ontology#"), "ontology terms are words or gwr: names, never full IRIs");
    }

    @Test
    void compactedOutputReadsBackToTheSameGraph() {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(write(List.of(graph)), Lang.JSONLD).parse(ds);
        Model back = ds.getNamedModel(graph.graphName());
        assertTrue(back.isIsomorphicWith(graph.model()),
                "lost or changed in JSON-LD: " + graph.model().difference(back).size() + " triples");
    }

    @Test
    void everyGwrTermOfTheContextIsDeclaredInTheOntology() throws Exception {
        Model onto = Ontology.ontology();
        JsonNode context = JSON.readTree(JsonLdContext.text()).get("@context");
        context.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String id = v.isTextual() ? v.asText() : v.has("@id") ? v.get("@id").asText() : "";
            if (id.startsWith("gwr:")) {
                assertTrue(onto.contains(onto.createResource(GWR.NS + id.substring(4)), RDF.type, (RDFNode) null),
                        e.getKey() + " → " + id + " is not in gwr.ttl");
            }
        });
    }

    private static String write(List<ReportGraph> graphs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        RdfWriter.write(graphs, false, "jsonld", b);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static void collectKeys(JsonNode n, Set<String> keys) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            });
        } else if (n.isArray()) {
            n.forEach(c -> collectKeys(c, keys));
        }
    }
}
