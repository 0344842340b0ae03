package org.reportparse.annotate.place;

import java.util.Set;

/**
 * Countries known around a text being searched: named in its section and in the whole document.
 * Used as evidence when choosing among same-named places.
 */
public record PlaceContext(Set<String> section, Set<String> document) {
    public static final PlaceContext NONE = new PlaceContext(Set.of(), Set.of());
}
