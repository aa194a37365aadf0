package org.gwrkg.extract;

/**
 * A named thing of a report: a project, organisation, sector, place or designation.
 * One entity per distinct name and type; {@code evidence} is where it is first named.
 *
 * @param name     the name as it stands in the text, longest form, brackets kept, quotes stripped
 * @param type     its type
 * @param evidence the sentence that first names it
 */
public record Entity(String name, EntityType type, Evidence evidence) {
}
