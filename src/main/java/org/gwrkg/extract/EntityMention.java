package org.gwrkg.extract;

/**
 * One place in the text where an entity is named.
 *
 * @param name     the name as it will be labelled (quotes stripped)
 * @param type     the entity type
 * @param start    offset of the mention in the normalised text
 * @param end      offset just past the mention
 * @param sentence index of the sentence it stands in
 */
public record EntityMention(String name, EntityType type, int start, int end, int sentence) {
}
