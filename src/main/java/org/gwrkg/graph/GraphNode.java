package org.gwrkg.graph;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A node of the relation graph: one entity, known by its IRI, with its type, label, region and
 * the years of the reports that name it. Equal by IRI alone, so a graph holds an entity once.
 */
public final class GraphNode {

    private final String iri;
    private final String type;
    private final String label;
    private final String region;
    private final SortedSet<Integer> years = new TreeSet<>();

    GraphNode(String iri, String type, String label, String region) {
        this.iri = iri;
        this.type = type;
        this.label = label;
        this.region = region;
    }

    public String iri() {
        return iri;
    }

    public String type() {
        return type;
    }

    public String label() {
        return label;
    }

    public String region() {
        return region;
    }

    /** Years of the reports that name this entity, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(years);
    }

    void addYear(Integer year) {
        if (year != null) {
            years.add(year);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphNode n && n.iri.equals(iri);
    }

    @Override
    public int hashCode() {
        return iri.hashCode();
    }

    @Override
    public String toString() {
        return label + " <" + iri + ">";
    }
}
