package org.reportparse.annotate.place;

import org.reportparse.annotate.Span;

/**
 * A resolved place named in the text. span covers the whole written form, qualifiers included
 * ("Guatemala City, Guatemala"); place is the city, region or country it resolved to.
 */
public record PlaceMention(Span span, GeoPlace place, Country country) {

    public String name() {
        return place.name();
    }

    public String countryCode() {
        return place.countryCode();
    }

    /** True when the mention names only a country, not a city or region in it. */
    public boolean countryOnly() {
        return place.kind() == PlaceKind.COUNTRY;
    }
}
