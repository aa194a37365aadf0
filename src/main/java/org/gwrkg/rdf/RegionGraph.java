package org.gwrkg.rdf;

import java.util.Collection;
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
 * The regions graph: every administrative division of the GB/T 2260 table ({@link Regions}) as a
 * {@code gwr:Region} at {@code id/region/{code}}, with {@code gwr:adminCode}, {@code skos:notation},
 * {@code rdfs:label}@zh, {@code gwr:adminLevel}, {@code gwr:partOf} its parent and
 * {@code gwr:wikidataCode} (the P442 form, "50 01 18"). It is shared by all reports and loaded once
 * into its own named graph, {@value #GRAPH}; a report's graph only names its own region.
 *
 * <pre>{@code
 * store.putGraph(RegionGraph.GRAPH, RegionGraph.model());
 * // SELECT ?city WHERE { id:region/500118 gwr:partOf ?city }
 * }</pre>
 */
public final class RegionGraph {

    /** The named graph of the regions: {@value}. */
    public static final String GRAPH = "https://w3id.org/gwrkg/regions";

    private RegionGraph() {
    }

    /** All regions of the standard table. */
    public static Model model() {
        Regions regions = Regions.standard();
        return model(regions, regions.all());
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
