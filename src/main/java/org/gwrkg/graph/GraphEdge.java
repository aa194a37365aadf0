package org.gwrkg.graph;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An edge of the relation graph: one relation between two entities ({@code partner},
 * {@code locatedIn}, {@code inSector}, {@code awarded}, {@value #COOCCURS} for two entities
 * named in one sentence, or {@value #MEASURED_BY} from an entity to an indicator of its figures), weighted by how many times the reports state it, with the first
 * sentence that does and the years it is stated in. Equal by identity, as JGraphT wants of
 * edges that may run in parallel.
 */
public final class GraphEdge {

    /** The relation of two entities named in one sentence. */
    public static final String COOCCURS = "cooccurs";
    /** The relation of an entity to an indicator that a figure about it measures. */
    public static final String MEASURED_BY = "measuredBy";
    /** The node type of an indicator concept. */
    public static final String INDICATOR = "Indicator";

    private final String relation;
    private final String evidence;
    private final SortedSet<Integer> years = new TreeSet<>();
    private int weight;

    GraphEdge(String relation, String evidence) {
        this.relation = relation;
        this.evidence = evidence;
    }

    public String relation() {
        return relation;
    }

    /** The first sentence stating the relation, or the empty string. */
    public String evidence() {
        return evidence;
    }

    public int weight() {
        return weight;
    }

    /** Years of the reports stating the relation, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(years);
    }

    void count(Integer year) {
        count(year, 1);
    }

    /** Counts {@code times} statements at once, as a user's edge query may give a ?weight. */
    void count(Integer year, int times) {
        weight += times;
        if (year != null) {
            years.add(year);
        }
    }
}
