package org.gwrkg.eval;

import org.gwrkg.extract.EntityType;

/**
 * One entity of a gold file (GUIDELINES.md section 2).
 *
 * @param id    the annotator's label, e.g. e7; may be null
 * @param type  its type
 * @param name  the name as it stands in the text, longest form
 * @param quote the sentence that names it
 */
public record GoldEntity(String id, EntityType type, String name, String quote) {
}
