package org.gwrkg.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** The five relations of GUIDELINES.md section 3. */
public enum RelationType {
    /** Project to one of the {@link ProjectStatus} codes. */
    STATUS("status"),
    /** Organization to the Project it partners on. */
    PARTNER("partner"),
    /** Organization or Project to the Place it is in. */
    LOCATED_IN("located_in"),
    /** Project or Organization to its Sector. */
    IN_SECTOR("in_sector"),
    /** Place, Organization or Project to the Designation it was given. */
    AWARDED("awarded");

    private final String code;

    RelationType(String code) {
        this.code = code;
    }

    /** The code used in JSON and in gold files. */
    @JsonValue
    public String code() {
        return code;
    }
}
