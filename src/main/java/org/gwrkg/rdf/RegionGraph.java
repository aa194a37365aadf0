package org.gwrkg.rdf;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gwrkg.read.Region;
import org.gwrkg.read.Regions;

/**
 * The regions graph: administrative divisions of the GB/T 2260 table ({@link Regions}) as
 * {@code gwr:Region} nodes at {@code id/region/{code}}, with {@code gwr:adminCode},
 * {@code skos:notation}, {@code rdfs:label}@zh, {@code gwr:adminLevel}, {@code gwr:partOf} their
 * parent and {@code gwr:wikidataCode} (the P442 form, "50 01 18"). It lives in its own named graph,
 * {@value #GRAPH}, shared by all reports; it holds the regions the loaded reports name and every unit
 * above them, each once, rather than all 3,200 divisions, which would cost a second at every start
 * for nodes no report refers to.
 *
 * <pre>{@code
 * store.addToGraph(RegionGraph.GRAPH, RegionGraph.of(reportGraph));
 * // SELECT ?city WHERE { id:region/440307 gwr:partOf ?city }   → id:region/440300
 * }</pre>
 */
public final class RegionGraph {

    /** The named graph of the regions: {@value}. */
    public static final String GRAPH = "https://w3id.org/gwrkg/regions";

    private RegionGraph() {
    }

    /** The regions a report's graph names (as {@code gwr:Region} with a code) and the units above them. */
    public static Model of(ReportGraph report) {
        Set<String> codes = new TreeSet<>();
        report.model().listSubjectsWithProperty(RDF.type, GWR.Region).forEachRemaining(r ->
                r.listProperties(GWR.adminCode).forEachRemaining(c -> codes.add(c.getString())));
        return model(codes);
    }

    /** The regions of the given codes and the units above them; codes the table lacks are left out. */
    public static Model model(Collection<String> codes) {
        Regions regions = Regions.standard();
        Set<Region> wanted = new LinkedHashSet<>();
        for (String code : codes) {
            regions.byCode(code).ifPresent(r -> {
                wanted.add(r);
                wanted.addAll(regions.ancestors(r));
            });
        }
        return model(regions, wanted);
    }

    private static Model model(Regions regions, Collection<Region> wanted) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(RdfMapper.PREFIXES);
        for (Region r : wanted) {
            Resource node = m.createResource(Iris.region(r.code()))
                    .addProperty(RDF.type, GWR.Region)
                    .addProperty(GWR.adminCode, r.code())
                    .addProperty(SKOS.notation, r.code())
                    .addProperty(RDFS.label, r.name(), "zh")
                    .addProperty(GWR.adminLevel, m.createTypedLiteral(Integer.toString(r.level()), XSDDatatype.XSDinteger))
                    .addProperty(GWR.wikidataCode, r.wikidataCode());
            if (r.parentCode() != null && regions.byCode(r.parentCode()).isPresent()) {
                node.addProperty(GWR.partOf, m.createResource(Iris.region(r.parentCode())));
            }
        }
        return m;
    }
}
