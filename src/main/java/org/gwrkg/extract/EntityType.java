package org.gwrkg.extract;

/** The five entity types of GUIDELINES.md section 2. */
public enum EntityType {
    Project, Organization, Sector, Place, Designation
}
