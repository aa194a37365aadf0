package org.gwrkg.graph;

import java.util.Locale;

/** The file formats {@code gwrkg graph} writes, for Gephi, Cytoscape, igraph, networkx, Graphviz and spreadsheets. */
public enum GraphFormat {
    GEXF, GRAPHML, CSV, DOT, CYJS;

    /** The format of this name, or null. */
    public static GraphFormat of(String name) {
        for (GraphFormat f : values()) {
            if (f.name().equals(name.toUpperCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
