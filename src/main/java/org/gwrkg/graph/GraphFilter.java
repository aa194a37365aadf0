package org.gwrkg.graph;

import java.util.Set;

/**
 * What goes into a relation graph. An empty set or a null value lets everything through.
 *
 * @param types        entity types to keep (Project, Organization, Sector, Place, Designation)
 * @param relations    relations to keep ({@code partner}, {@code inSector}, … or {@value GraphEdge#COOCCURS})
 * @param region       keep only reports of the region with this name or code
 * @param period       keep only reports of this year
 * @param cooccurrence whether two entities named in one sentence are joined by a weighted edge
 * @param indicators   whether each indicator an observation about a kept entity measures becomes a node of
 *                     type {@value GraphEdge#INDICATOR}, joined to the entity by a {@value GraphEdge#MEASURED_BY}
 *                     edge weighted by the number of observations; the flag alone decides, not {@code relations}
 */
public record GraphFilter(Set<String> types, Set<String> relations, String region, Integer period, boolean cooccurrence,
                          boolean indicators) {

    public GraphFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        relations = relations == null ? Set.of() : Set.copyOf(relations);
    }

    /** Entities only, no indicator nodes. */
    public GraphFilter(Set<String> types, Set<String> relations, String region, Integer period, boolean cooccurrence) {
        this(types, relations, region, period, cooccurrence, false);
    }

    /** This filter, with or without indicator nodes. */
    public GraphFilter withIndicators(boolean on) {
        return new GraphFilter(types, relations, region, period, cooccurrence, on);
    }

    /** Everything, with co-occurrence edges. */
    public static GraphFilter all() {
        return new GraphFilter(Set.of(), Set.of(), null, null, true, false);
    }

    boolean keepsType(String type) {
        return types.isEmpty() || types.contains(type);
    }

    boolean keepsRelation(String relation) {
        return relations.isEmpty() || relations.contains(relation);
    }

    boolean keepsReport(String regionName, String regionCode, Integer year) {
        return (region == null || region.equals(regionName) || region.equals(regionCode))
                && (period == null || period.equals(year));
    }
}
