package org.reportparse.annotate.place;

/**
 * One gazetteer entry: a populated place, an admin-1 region or a country.
 *
 * @param name        English name as output (GeoNames name unless city-names.tsv overrides it)
 * @param region      admin-1 region name of a city, or null
 * @param latitude    null for regions and countries
 * @param featureCode GeoNames feature code (PPLC capital, PPLA admin-1 seat...), or the kind for non-cities
 */
public record GeoPlace(int id, PlaceKind kind, String name, String countryCode, String region,
                       Double latitude, Double longitude, long population, String featureCode) {

    public boolean isCapital() {
        return "PPLC".equals(featureCode) || "PPLG".equals(featureCode);
    }

    public boolean isAdminSeat() {
        return "PPLA".equals(featureCode) || isCapital();
    }
}
