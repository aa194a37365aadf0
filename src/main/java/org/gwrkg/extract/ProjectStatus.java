package org.gwrkg.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** The stages of a project, in the order a project goes through them. */
public enum ProjectStatus {
    SIGNED("signed"), STARTED("started"), UNDER_CONSTRUCTION("under_construction"),
    COMPLETED("completed"), IN_OPERATION("in_operation");

    private final String code;

    ProjectStatus(String code) {
        this.code = code;
    }

    /** The code used in JSON and in gold files. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The status with this code, e.g. {@code in_operation}. */
    public static ProjectStatus ofCode(String code) {
        for (ProjectStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no project status " + code);
    }
}
