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
 */
public record GraphFilter(Set<String> types, Set<String> relations, String region, Integer period, boolean cooccurrence) {

    public GraphFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        relations = relations == null ? Set.of() : Set.copyOf(relations);
    }

    /** Everything, with co-occurrence edges. */
    public static GraphFilter all() {
        return new GraphFilter(Set.of(), Set.of(), null, null, true);
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
