package org.gwrkg.extract.relation;

import org.gwrkg.extract.Entity;

/**
 * An entity as named in one sentence.
 *
 * @param entity the entity the mention names
 * @param start  offset of the mention in the sentence
 * @param end    offset just past it
 */
record Mention(Entity entity, int start, int end) {
}
