package org.gwrkg.extract.entity;

import java.util.Set;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;

/**
 * What kind of body an organisation is, as far as the relation pass needs to know: a government
 * body or a medium (区委, 交通运输部, 市政府办公厅, 某某日报) acts on a report's industries and is
 * not one of them, so a paragraph's topic sector is not given to it.
 *
 * <pre>{@code
 * OrganizationKinds.isAuthority(new Entity("交通运输部", EntityType.Organization, evidence));  // true
 * }</pre>
 */
public final class OrganizationKinds {
    private static final Set<String> AUTHORITY_KINDS = Set.of("party", "government", "legislature", "ministry", "media");

    private OrganizationKinds() {
    }

    /** Whether {@code e} is an organisation that governs, legislates or reports rather than produces or serves. */
    public static boolean isAuthority(Entity e) {
        if (e.type() != EntityType.Organization) {
            return false;
        }
        EntityLexicon lexicon = EntityLexicon.standard();
        String kind = lexicon.organizationKinds.get(e.name());
        if (kind != null) {
            return AUTHORITY_KINDS.contains(kind);
        }
        EntityLexicon.Suffix head = lexicon.suffixEnding(e.name());
        return head != null && head.authority();
    }
}
