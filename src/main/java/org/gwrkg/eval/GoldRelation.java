package org.gwrkg.eval;

import org.gwrkg.extract.RelationType;

/**
 * One relation of a gold file (GUIDELINES.md section 3). Ends are names, not ids, so that a
 * relation reads on its own; for {@code status} the target is a status code.
 *
 * @param id    the annotator's label, e.g. r3; may be null
 * @param type  which relation
 * @param from  the name of the entity it starts at
 * @param to    the name it points to, or the status code (in_operation) for status
 * @param quote the clause that states it
 */
public record GoldRelation(String id, RelationType type, String from, String to, String quote) {
}
