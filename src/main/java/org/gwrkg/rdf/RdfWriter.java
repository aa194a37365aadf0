package org.gwrkg.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/**
 * Writes report graphs, and optionally the ontology with its vocabularies, in one of Turtle, TriG,
 * N-Triples, N-Quads or JSON-LD.
 *
 * <p>Quad formats (TriG, N-Quads, JSON-LD) keep each report in its named graph, the ontology in
 * {@value Ontology#GRAPH} and each vocabulary in its own graph ({@link Ontology#graphs()}). Triple
 * formats (Turtle, N-Triples) cannot name graphs and write the union of all graphs. N-Quads and
 * N-Triples are sorted line by line, so the same input gives the same bytes. JSON-LD is compacted with
 * gwrkg's context ({@link JsonLdContext}), so its keys are plain words.
 */
public final class RdfWriter {

    private RdfWriter() {
    }

    /**
     * The language of a name such as {@code ttl}, {@code trig}, {@code nq}, {@code jsonld}, or of a
     * file name with such an extension ({@code out.nq}).
     *
     * @throws IllegalArgumentException if it names none of the five
     */
    public static Lang lang(String nameOrFile) {
        String s = nameOrFile.strip();
        Lang l = RDFLanguages.shortnameToLang(s.toLowerCase(Locale.ROOT));
        if (l == null) {
            l = RDFLanguages.fileExtToLang(s.toLowerCase(Locale.ROOT));
        }
        if (l == null) {
            l = RDFLanguages.filenameToLang(s);
        }
        if (l == null || !(l.equals(Lang.TURTLE) || l.equals(Lang.TRIG) || l.equals(Lang.NTRIPLES)
                || l.equals(Lang.NQUADS) || l.equals(Lang.JSONLD))) {
            throw new IllegalArgumentException("unknown RDF format " + nameOrFile
                    + ": use ttl, trig, nt, nq or jsonld");
        }
        return l;
    }

    /** The report graphs (and the ontology and its vocabularies, if asked) as one dataset. */
    public static Dataset dataset(Collection<ReportGraph> graphs, boolean withOntology) {
        Dataset ds = DatasetFactory.create();
        ds.getDefaultModel().setNsPrefixes(RdfMapper.PREFIXES);
        for (ReportGraph g : graphs) {
            if (ds.containsNamedModel(g.graphName())) {
                ds.getNamedModel(g.graphName()).add(g.model());
            } else {
                Model copy = ModelFactory.createDefaultModel().add(g.model());
                ds.addNamedModel(g.graphName(), copy);
            }
        }
        if (withOntology) {
            Ontology.graphs().forEach(ds::addNamedModel);
        }
        return ds;
    }

    /** Writes the report graphs, and the ontology if asked, in {@code lang}. */
    public static void write(Collection<ReportGraph> graphs, boolean withOntology, Lang lang, OutputStream out) {
        Dataset ds = dataset(graphs, withOntology);
        try {
            if (lang.equals(Lang.NQUADS)) {
                sorted(out, w -> RDFDataMgr.write(w, ds, RDFFormat.NQUADS_UTF8));
            } else if (lang.equals(Lang.NTRIPLES)) {
                Model union = union(ds);
                sorted(out, w -> RDFDataMgr.write(w, union, RDFFormat.NTRIPLES_UTF8));
            } else if (lang.equals(Lang.TURTLE)) {
                RDFDataMgr.write(out, union(ds), RDFFormat.TURTLE_PRETTY);
            } else if (lang.equals(Lang.TRIG)) {
                RDFDataMgr.write(out, ds, RDFFormat.TRIG_PRETTY);
            } else if (lang.equals(Lang.JSONLD)) {
                JsonLdContext.writeCompact(ds, out);
            } else {
                throw new IllegalArgumentException("cannot write " + lang.getLabel());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report graphs, and the ontology if asked, in the format named by {@code format}. */
    public static void write(Collection<ReportGraph> graphs, boolean withOntology, String format, OutputStream out) {
        write(graphs, withOntology, lang(format), out);
    }

    /** The report graphs as sorted N-Quads, a string that is the same whenever the input is. */
    public static String sortedNQuads(Collection<ReportGraph> graphs, boolean withOntology) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        write(graphs, withOntology, Lang.NQUADS, b);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static Model union(Dataset ds) {
        Model u = ModelFactory.createDefaultModel().setNsPrefixes(RdfMapper.PREFIXES);
        u.add(ds.getDefaultModel());
        ds.listModelNames().forEachRemaining(n -> u.add(ds.getNamedModel(n)));
        return u;
    }

    private interface Writing {
        void to(OutputStream out);
    }

    private static void sorted(OutputStream out, Writing writing) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writing.to(b);
        String[] lines = b.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        StringBuilder s = new StringBuilder(b.size());
        String previous = null;
        for (String line : lines) {
            if (!line.isEmpty() && !line.equals(previous)) {
                s.append(line).append('\n');
            }
            previous = line;
        }
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
