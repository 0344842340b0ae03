package org.reportparse.annotate.org;

import java.util.List;

/** A known organization: canonical English name, acronym (or null) and other names it goes by. */
public record OrgEntry(String name, String acronym, List<String> aliases) {
    public OrgEntry {
        aliases = List.copyOf(aliases);
    }
}
