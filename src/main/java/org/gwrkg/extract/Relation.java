package org.gwrkg.extract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A link between two entities, or from a project to its status.
 *
 * @param type     which relation
 * @param from     the entity it starts at (a Project for status)
 * @param to       the entity it points to; null for status
 * @param status   the project's status; null unless {@code type} is status
 * @param evidence the clause that states it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relation(RelationType type, Entity from, Entity to, ProjectStatus status, Evidence evidence) {

    /** The name or status code the relation points to. */
    public String target() {
        return status != null ? status.code() : to.name();
    }
}
