package org.reportparse.annotate.place;

import java.util.Set;

/**
 * Countries known around a text being searched: named in its section, in the whole document and in the
 * report's title. Used as evidence when choosing among same-named places.
 */
public record PlaceContext(Set<String> section, Set<String> document, Set<String> title) {
    public static final PlaceContext NONE = new PlaceContext(Set.of(), Set.of());

    /** Without the countries the report's title names. */
    public PlaceContext(Set<String> section, Set<String> document) {
        this(section, document, Set.of());
    }
}
