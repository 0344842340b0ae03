package org.reportparse.annotate.place;

/** The gazetteer is loaded once for all test classes. */
final class Shared {
    static final PlaceAnnotator PLACES = PlaceAnnotator.load();
    static final PlaceField FIELD = new PlaceField(PLACES);

    private Shared() {}
}
